package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parse FILE} through the application's own main, in a JVM of its own with a POSIX locale, as an operator
 * runs it: the JSON must come out whole, with no Spring banner, no log line and no server start.
 */
class ParseFromApplicationMainTest {

	@TempDir
	Path folder;

	@Test
	void printsOnlyJsonWithoutStartingSpring() throws Exception {
		Path seed = Files.write(folder.resolve("seed.md"), SeedGold.seed());

		Result result = parse(seed);

		assertThat(result.exitCode()).isZero();
		assertThat(JsonMapper.builder().build().readTree(result.out()).get("items").size()).isEqualTo(32);
		assertThat(result.err()).isEmpty();
	}

	@Test
	void keepsLibraryWarningsOffTheJson() throws Exception {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		// POI warns about the file information block of the .doc files LibreOffice writes.
		Path doc = Files.write(folder.resolve("seed.doc"), LibreOffice.convert(SeedDocx.build(), "seed.docx", "doc", "doc"));

		Result result = parse(doc);

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).startsWith("{");
		assertThat(JsonMapper.builder().build().readTree(result.out()).get("items").size()).isEqualTo(32);
	}

	@Test
	void exitsWithTwoForAnUnreadableFile() throws Exception {
		Path empty = Files.write(folder.resolve("empty.docx"), new byte[0]);

		Result result = parse(empty);

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains("「empty.docx」", "空文件");
	}

	@Test
	void explainsAFileNameTheLocaleCannotRepresent() throws Exception {
		Path chinese = Files.write(folder.resolve("通知.md"), SeedGold.seed());

		Result result = parse(chinese);

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("文件名", "LANG=C.UTF-8");
	}

	private Result parse(Path file) throws IOException, InterruptedException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"cn.shuangyong.ShuangyongApplication", "parse", file.toString());
		builder.environment().put("LANG", "C");
		builder.environment().put("LC_ALL", "C");
		builder.redirectOutput(folder.resolve("out").toFile()).redirectError(folder.resolve("err").toFile());
		Process process = builder.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("parse finished").isTrue();
		return new Result(process.exitValue(), Files.readString(folder.resolve("out"), StandardCharsets.UTF_8),
				Files.readString(folder.resolve("err"), StandardCharsets.UTF_8));
	}

	private record Result(int exitCode, String out, String err) {
	}
}

package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ParseCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** A console in a locale that cannot print Chinese: the command must still write UTF-8. */
	private int run(String... args) {
		return ParseCommand.run(args, new PrintStream(out, true, StandardCharsets.ISO_8859_1),
				new PrintStream(err, true, StandardCharsets.ISO_8859_1));
	}

	@Test
	void printsTheSeedAsUtf8JsonWithTheFieldsOfTheDraft() throws IOException {
		Path seed = Files.write(folder.resolve(SeedGold.SEED), SeedGold.seed());

		assertThat(run("parse", seed.toString())).isZero();

		JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
		assertThat(json.propertyNames()).containsExactly("documents", "plan", "forwardPoints", "items");
		assertThat(json.get("items").get(0).propertyNames()).containsExactly("no", "section", "text", "leads",
				"leadMode", "cooperators", "cooperatorRole", "timeNodes", "targets", "foundBy");
		assertThat(json.get("documents").get(0).propertyNames()).containsExactly("issuer", "docNumber", "title",
				"recipients", "kind", "forwards");
		assertThat(json.get("documents").get(0).get("issuer").asString()).isEqualTo("楚雄彝族自治州双拥工作领导小组办公室");
		assertThat(err.size()).isZero();
	}

	@Test
	void exitsWithZeroForAReadableFileWithoutItems() throws IOException {
		Path notice = Files.writeString(folder.resolve("通知.txt"), "关于召开双拥工作会议的通知\n请各单位准时参加。\n");

		assertThat(run("parse", notice.toString())).isZero();

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"items\" : [ ]");
	}

	@Test
	void exitsWithTwoAndAChineseMessageForAnUnreadableFile() throws IOException {
		Path empty = Files.write(folder.resolve("空.pdf"), new byte[0]);

		assertThat(run("parse", empty.toString())).isEqualTo(2);

		assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取通知", "「空.pdf」", "空文件");
		assertThat(out.size()).isZero();
	}

	@Test
	void exitsWithTwoForAFileNameTheFileSystemCannotTake() {
		assertThat(run("parse", "通知\u0000.md")).isEqualTo(2);

		assertThat(err.toString(StandardCharsets.UTF_8)).contains("文件名", "无效");
	}

	@Test
	void leavesTheLoggingSetUpOfTheJvmAsItFoundIt() throws IOException {
		Path seed = Files.write(folder.resolve(SeedGold.SEED), SeedGold.seed());

		run("parse", seed.toString());

		assertThat(System.getProperty("logback.configurationFile")).isNull();
	}

	@Test
	void explainsItsUsageWhenNoFileIsGiven() {
		assertThat(run("parse")).isEqualTo(64);

		assertThat(err.toString(StandardCharsets.UTF_8)).contains("用法", "parse");
	}
}

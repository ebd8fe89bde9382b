package cn.shuangyong.documents.reading;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Converts a document with LibreOffice headless (Debian packages libreoffice-writer-nogui and fonts-noto-cjk),
 * as an office would before uploading it. The conversions share one profile folder of their own, so tests running
 * beside a desktop LibreOffice do not wait for it and the profile is set up once; a conversion already made in
 * this JVM is not made again.
 */
final class LibreOffice {

	private static final long TIMEOUT_SECONDS = 300;
	private static final Map<String, byte[]> CONVERTED = new ConcurrentHashMap<>();
	private static Path profile;

	private LibreOffice() {
	}

	static boolean installed() {
		return Files.isExecutable(Path.of("/usr/bin/soffice"));
	}

	/** Converts {@code source} to {@code filter} (pdf, doc, "txt:Text (encoded):UTF8") and returns the result. */
	static byte[] convert(byte[] source, String sourceName, String filter, String targetExtension) {
		String key = Arrays.hashCode(source) + "/" + source.length + "/" + filter;
		return CONVERTED.computeIfAbsent(key, k -> run(source, sourceName, filter, targetExtension)).clone();
	}

	private static synchronized byte[] run(byte[] source, String sourceName, String filter, String targetExtension) {
		try {
			if (profile == null) {
				profile = Files.createTempDirectory("notice-reader-lo-profile");
			}
			Path work = Files.createTempDirectory("notice-reader-lo");
			Path input = work.resolve(sourceName);
			Files.write(input, source);
			Process process = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=" + profile.toUri(),
					"--headless", "--norestore", "--convert-to", filter, "--outdir", work.toString(), input.toString())
				.redirectErrorStream(true)
				.redirectOutput(work.resolve("soffice.log").toFile())
				.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("LibreOffice did not finish converting " + sourceName);
			}
			String base = sourceName.substring(0, sourceName.lastIndexOf('.'));
			Path output = work.resolve(base + "." + targetExtension);
			if (!Files.exists(output)) {
				throw new IllegalStateException("LibreOffice wrote no " + targetExtension + ": "
						+ Files.readString(work.resolve("soffice.log")));
			}
			byte[] converted = Files.readAllBytes(output);
			deleteTree(work.toFile());
			return converted;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void deleteTree(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteTree(child);
			}
		}
		file.delete();
	}
}

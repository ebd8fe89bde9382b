package cn.shuangyong.documents.reading;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a document with LibreOffice headless (Debian packages libreoffice-writer-nogui and fonts-noto-cjk),
 * as an office would before uploading it. Each conversion uses its own profile folder, so tests running beside a
 * desktop LibreOffice do not wait for it.
 */
final class LibreOffice {

	private static final long TIMEOUT_SECONDS = 180;

	private LibreOffice() {
	}

	static boolean installed() {
		return Files.isExecutable(Path.of("/usr/bin/soffice"));
	}

	/** Converts {@code source} to {@code filter} (pdf, doc, "txt:Text (encoded):UTF8") and returns the result. */
	static byte[] convert(byte[] source, String sourceName, String filter, String targetExtension) {
		try {
			Path work = Files.createTempDirectory("notice-reader-lo");
			Path input = work.resolve(sourceName);
			Files.write(input, source);
			Process process = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(),
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

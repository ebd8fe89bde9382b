package cn.shuangyong.documents.writing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a .docx into a PDF with LibreOffice headless. Each conversion works in a temporary folder of its own with its
 * own LibreOffice profile (-env:UserInstallation), so conversions never wait on each other's or a desktop's profile
 * lock, and nothing is left behind. The GB/T 9704 fonts the document names are mapped to installed faces
 * (gb-fonts.conf) for this process only.
 */
@Component
public class PdfConversion {

	private static final long TIMEOUT_SECONDS = 120;

	private final String soffice;

	public PdfConversion(@Value("${shuangyong.office.soffice:/usr/bin/soffice}") String soffice) {
		this.soffice = soffice;
	}

	public boolean available() {
		return Files.isExecutable(Path.of(soffice));
	}

	public byte[] toPdf(byte[] docx) {
		if (!available()) {
			throw new PdfConverterMissingException();
		}
		Path work = null;
		try {
			work = Files.createTempDirectory("bulletin-pdf");
			Path input = work.resolve("bulletin.docx");
			Files.write(input, docx);
			Path fonts = work.resolve("fonts.conf");
			try (var conf = PdfConversion.class.getResourceAsStream("gb-fonts.conf")) {
				Files.copy(conf, fonts);
			}
			ProcessBuilder builder = new ProcessBuilder(soffice,
					"-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless", "--norestore",
					"--convert-to", "pdf", "--outdir", work.toString(), input.toString())
				.redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile());
			builder.environment().put("FONTCONFIG_FILE", fonts.toString());
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("LibreOffice 转换 PDF 超时");
			}
			Path output = work.resolve("bulletin.pdf");
			if (!Files.exists(output)) {
				throw new IllegalStateException("LibreOffice 未生成 PDF：" + Files.readString(work.resolve("soffice.log")));
			}
			return Files.readAllBytes(output);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		finally {
			if (work != null) {
				deleteTree(work.toFile());
			}
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

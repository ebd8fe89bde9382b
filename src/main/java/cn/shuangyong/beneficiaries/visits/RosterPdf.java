package cn.shuangyong.beneficiaries.visits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The roster as PDF: LibreOffice converts the roster's word-processing document and embeds a subset of the CJK font it
 * finds through fontconfig (fonts-noto-cjk). PDFBox was tried first: it cannot embed the Noto CJK fonts, whose outlines
 * are CFF ("OTF fonts do not have a glyf table"), and no TrueType CJK font is installed. The .xlsx is not converted
 * directly because the installed LibreOffice is the Writer-only build.
 * Each conversion gets its own LibreOffice profile, so conversions may run side by side, and its temporary files are
 * deleted afterwards.
 */
@Component
public class RosterPdf {

	private final String office;

	private final long timeoutSeconds;

	RosterPdf(@Value("${shuangyong.honours.soffice:soffice}") String office,
			@Value("${shuangyong.honours.pdf-timeout-seconds:120}") long timeoutSeconds) {
		this.office = office;
		this.timeoutSeconds = timeoutSeconds;
	}

	public byte[] convert(byte[] docx) {
		Path work = null;
		try {
			work = Files.createTempDirectory("roster-");
			Path source = Files.write(work.resolve("roster.docx"), docx);
			Process process = new ProcessBuilder(List.of(office, "-env:UserInstallation=" + work.resolve("profile").toUri(),
					"--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), source.toString()))
				.redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("生成 PDF 超时（" + timeoutSeconds + " 秒）");
			}
			Path pdf = work.resolve("roster.pdf");
			if (process.exitValue() != 0 || !Files.exists(pdf)) {
				throw new IllegalStateException("生成 PDF 失败：" + Files.readString(work.resolve("soffice.log")));
			}
			return Files.readAllBytes(pdf);
		}
		catch (IOException e) {
			throw new IllegalStateException("生成 PDF 失败：服务器上没有可用的 LibreOffice（" + office + "）", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("生成 PDF 被中断", e);
		}
		finally {
			if (work != null) {
				try {
					FileSystemUtils.deleteRecursively(work);
				}
				catch (IOException ignored) {
					// a temporary folder left behind is removed with the system's temporary files
				}
			}
		}
	}
}

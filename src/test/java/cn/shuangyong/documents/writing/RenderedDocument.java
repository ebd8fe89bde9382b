package cn.shuangyong.documents.writing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * A .docx as a reader sees it: converted to PDF by LibreOffice headless as the platform does it, the first page
 * rendered to PNG by pdftoppm, read back by OCR (tesseract, Debian packages tesseract-ocr and tesseract-ocr-chi-sim)
 * and the PDF's text layer by pdftotext.
 */
public record RenderedDocument(Path pdf, Path png, String pdfText, BufferedImage page) {

	public static RenderedDocument of(byte[] docx, Path keepPngAs) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory("document-render");
		Path pdf = work.resolve("document.pdf");
		Files.write(pdf, new PdfConversion("/usr/bin/soffice").toPdf(docx));
		run(work, "pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
				work.resolve("page").toString());
		Path png = work.resolve("page.png");
		run(work, "pdftotext", "-layout", pdf.toString(), work.resolve("text.txt").toString());
		Files.createDirectories(keepPngAs.getParent());
		Files.copy(png, keepPngAs, StandardCopyOption.REPLACE_EXISTING);
		return new RenderedDocument(pdf, png, Files.readString(work.resolve("text.txt"), StandardCharsets.UTF_8),
				ImageIO.read(png.toFile()));
	}

	/** LibreOffice and poppler-utils, which a rendering test needs. */
	public static boolean rendererInstalled() {
		return Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
	}

	/** The PDF's text without white space and without the page numbers (— 1 —) that fall between its lines. */
	public String flatText() {
		return pdfText.replaceAll("—\\s*\\d+\\s*—", "").replaceAll("\\s+", "");
	}

	/** Whether the first page carries its number as GB/T 9704 writes it: — 1 —. */
	public boolean numbersItsPages() {
		return pdfText.matches("(?s).*—\\s*1\\s*—.*");
	}

	public boolean landscape() {
		return page.getWidth() > page.getHeight();
	}

	public static boolean ocrInstalled() {
		return Files.isExecutable(Path.of("/usr/bin/tesseract"))
				&& (Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"))
						|| Files.exists(Path.of("/usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata")));
	}

	/** What OCR reads on the page, with the spaces tesseract puts between Chinese characters taken out. */
	public String ocr() throws IOException, InterruptedException {
		Path out = png.resolveSibling("ocr");
		run(png.getParent(), "tesseract", png.toString(), out.toString(), "-l", "chi_sim", "--psm", "4");
		return Files.readString(out.resolveSibling("ocr.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", "");
	}

	/** Share of the strongly red pixels in a band of the page, from and to given as fractions of its height. */
	public double redShare(double from, double to) {
		int red = 0;
		int all = 0;
		for (int y = (int) (page.getHeight() * from); y < (int) (page.getHeight() * to); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int rgb = page.getRGB(x, y);
				red += ((rgb >> 16) & 0xff) > 180 && ((rgb >> 8) & 0xff) < 90 && (rgb & 0xff) < 90 ? 1 : 0;
				all++;
			}
		}
		return (double) red / all;
	}

	private static void run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
			.redirectOutput(dir.resolve("log-" + Path.of(command[0]).getFileName() + ".txt").toFile()).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(command[0] + " did not finish");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(command[0] + " failed: "
					+ Files.readString(dir.resolve("log-" + Path.of(command[0]).getFileName() + ".txt")));
		}
	}
}

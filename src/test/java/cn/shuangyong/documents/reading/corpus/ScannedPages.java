package cn.shuangyong.documents.reading.corpus;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A notice's text as a scanner gives it: A4 pages at a given dpi, set in a CJK font (fonts-noto-cjk) with the lines
 * wrapped at the margins, turned by a small skew and sprinkled with noise; as page images, or as a PDF that holds
 * only those images (JPEG, as scanners write them) and no text layer.
 */
public final class ScannedPages {

	private static final double A4_WIDTH_INCHES = 8.27;
	private static final double A4_HEIGHT_INCHES = 11.69;

	private ScannedPages() {
	}

	public static List<BufferedImage> render(String text, int dpi, double skewDegrees, long noiseSeed) {
		int width = (int) (A4_WIDTH_INCHES * dpi);
		int height = (int) (A4_HEIGHT_INCHES * dpi);
		int margin = dpi; // one inch
		Font font = new Font("Noto Sans CJK SC", Font.PLAIN, (int) Math.round(14 / 72.0 * dpi)); // 小四 ≈ 14 pt
		List<String> lines = wrap(text, font, width - 2 * margin);
		List<BufferedImage> pages = new ArrayList<>();
		Random noise = new Random(noiseSeed);
		int lineHeight = (int) (font.getSize() * 1.6);
		int perPage = (height - 2 * margin) / lineHeight;
		for (int first = 0; first < lines.size(); first += perPage) {
			BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
			Graphics2D g = page.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.rotate(Math.toRadians(skewDegrees), width / 2.0, height / 2.0);
			g.setColor(Color.BLACK);
			g.setFont(font);
			int y = margin + font.getSize();
			for (int i = first; i < Math.min(lines.size(), first + perPage); i++) {
				g.drawString(lines.get(i), margin, y);
				y += lineHeight;
			}
			g.dispose();
			for (int speck = 0; speck < width * height / 400; speck++) {
				page.getRaster().setSample(noise.nextInt(width), noise.nextInt(height), 0, noise.nextInt(160));
			}
			pages.add(page);
		}
		return pages;
	}

	public static byte[] png(BufferedImage page) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(page, "png", out);
		return out.toByteArray();
	}

	public static byte[] imageOnlyPdf(List<BufferedImage> pages) throws IOException {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (BufferedImage scan : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				PDImageXObject image = JPEGFactory.createFromImage(pdf, scan, 0.85f);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static List<String> wrap(String text, Font font, int width) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scratch.createGraphics();
		FontMetrics metrics = g.getFontMetrics(font);
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n")) {
			String rest = paragraph.strip();
			if (rest.isEmpty()) {
				continue;
			}
			while (!rest.isEmpty()) {
				int end = 1;
				while (end < rest.length() && metrics.stringWidth(rest.substring(0, end + 1)) <= width) {
					end++;
				}
				lines.add(rest.substring(0, end));
				rest = rest.substring(end);
			}
		}
		g.dispose();
		return lines;
	}
}

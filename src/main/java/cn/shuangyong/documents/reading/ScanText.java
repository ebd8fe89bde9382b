package cn.shuangyong.documents.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * The text of a scan (an image-only PDF, or a .png or .jpg of a page) read by OCR: Tesseract with its
 * simplified-Chinese data (Debian's tesseract-ocr and tesseract-ocr-chi-sim), as the project's bulletin check calls
 * it, one single-threaded process per core, page by page. Tesseract's TSV output gives each word with its
 * confidence; the words are put back into lines without the spaces Tesseract sets between Chinese characters, and
 * the places of the words it was unsure of are kept, so that units read from them can be marked for the reviewer.
 */
final class ScanText {

	/** Words Tesseract gives less confidence than this (0-100) are marked for review. */
	static final int LOW_CONFIDENCE = 60;
	// Tesseract reads Chinese best at about 300 dpi; a PDF page is rendered at that.
	private static final float RENDER_DPI = 300f;
	// A page image narrower than this (an A4 page at about 100 dpi) is a picture on the page, not the page.
	private static final int MIN_SCAN_WIDTH = 800;
	private static final int PAGE_TIMEOUT_SECONDS = 180;
	private static final Pattern LOST_STOP = Pattern
		.compile("^(\\d{1,3})(?=[\\u4e00-\\u9fff&&[^年月日号个项次名家人万亿千百元岁天时分秒条届期批份所户台座辆件倍米吨度点余多位张场]])");
	private static final Path TESSERACT = Path.of("/usr/bin/tesseract");
	private static final List<Path> CHINESE_DATA = List.of(Path.of("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata"),
			Path.of("/usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata"));

	/** The text OCR read, its pages, its mean word confidence and where its low-confidence words lie. */
	record Ocr(String text, int pages, int meanConfidence, List<int[]> lowConfidence) {

		/** Whether some letter of the text from {@code start} to {@code end} was read with low confidence. */
		boolean uncertain(int start, int end) {
			return lowConfidence.stream().anyMatch(range -> range[0] < end && start < range[1]);
		}
	}

	private ScanText() {
	}

	static boolean installed() {
		return Files.isExecutable(TESSERACT) && CHINESE_DATA.stream().anyMatch(Files::exists);
	}

	/** A .png or .jpg of a page. */
	static Ocr readImage(byte[] content, String name) {
		BufferedImage image;
		try {
			image = ImageIO.read(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException e) {
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的图片，或文件已损坏", e);
		}
		if (image == null) {
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 不是有效的图片，或文件已损坏");
		}
		requireInstalled(name);
		return read(List.of(image), name);
	}

	/** Every page of a PDF that has no text layer, rendered and read. */
	static Ocr readPdf(PDDocument pdf, String name) throws IOException {
		requireInstalled(name);
		PDFRenderer renderer = new PDFRenderer(pdf);
		List<BufferedImage> pages = new ArrayList<>();
		for (int i = 0; i < pdf.getNumberOfPages(); i++) {
			BufferedImage scanned = onlyImage(pdf.getPage(i));
			pages.add(scanned != null ? scanned : renderer.renderImageWithDPI(i, RENDER_DPI, ImageType.GRAY));
		}
		return read(pages, name);
	}

	/**
	 * A scanner's PDF holds one image per page: that image, at the resolution it was scanned at, reads better than
	 * the page rendered again (scaling blurs its letters and enlarges its noise). Null where the page holds more.
	 */
	private static BufferedImage onlyImage(PDPage page) throws IOException {
		PDResources resources = page.getResources();
		if (resources == null) {
			return null;
		}
		PDImageXObject only = null;
		for (COSName name : resources.getXObjectNames()) {
			if (!(resources.getXObject(name) instanceof PDImageXObject image) || only != null) {
				return null;
			}
			only = image;
		}
		return only == null || only.getWidth() < MIN_SCAN_WIDTH ? null : only.getImage();
	}

	private static void requireInstalled(String name) {
		if (!installed()) {
			throw new UnreadableNoticeException(Reason.NO_TEXT, name + " 是扫描件或图片，需要文字识别（OCR），但本机没有安装 Tesseract"
					+ " 及其简体中文数据（tesseract-ocr、tesseract-ocr-chi-sim），请上传文字版，或请管理员安装后再试");
		}
	}

	private static Ocr read(List<BufferedImage> pages, String name) {
		Path work;
		try {
			work = Files.createTempDirectory("scan-ocr");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		int cores = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size()));
		ExecutorService pool = Executors.newFixedThreadPool(cores);
		try {
			List<Future<String>> tsv = new ArrayList<>();
			for (int i = 0; i < pages.size(); i++) {
				BufferedImage page = pages.get(i);
				Path png = work.resolve("page-" + (i + 1) + ".png");
				tsv.add(pool.submit(() -> tesseract(page, png)));
			}
			StringBuilder text = new StringBuilder();
			List<int[]> low = new ArrayList<>();
			long confidence = 0;
			int words = 0;
			for (Future<String> page : tsv) {
				for (List<Word> line : lines(page.get())) {
					StringBuilder lineText = new StringBuilder();
					List<int[]> lineLow = new ArrayList<>();
					for (int w = 0; w < line.size(); w++) {
						Word word = line.get(w);
						if (w > 0 && spaceBetween(line.get(w - 1).text, word.text)) {
							lineText.append(' ');
						}
						int start = lineText.length();
						lineText.append(word.text);
						if (word.confidence < LOW_CONFIDENCE) {
							lineLow.add(new int[] { start, lineText.length() });
						}
						confidence += word.confidence;
						words++;
					}
					String fixed = itemNumber(lineText.toString());
					int stop = fixed.length() > lineText.length() ? fixed.indexOf('.') : Integer.MAX_VALUE;
					for (int[] range : lineLow) {
						low.add(new int[] { text.length() + range[0] + (range[0] > stop ? 1 : 0),
								text.length() + range[1] + (range[1] > stop ? 1 : 0) });
					}
					text.append(fixed).append('\n');
				}
				text.append('\n');
			}
			return new Ocr(text.toString(), pages.size(), words == 0 ? 0 : (int) (confidence / words), List.copyOf(low));
		}
		catch (ExecutionException e) {
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 的文字识别（OCR）失败：" + e.getCause().getMessage(),
					e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UnreadableNoticeException(Reason.DAMAGED, name + " 的文字识别（OCR）被中断", e);
		}
		finally {
			pool.shutdownNow();
			delete(work);
		}
	}

	private static String tesseract(BufferedImage page, Path png) throws IOException, InterruptedException {
		ImageIO.write(page, "png", png.toFile());
		Path log = png.resolveSibling(png.getFileName() + ".log");
		ProcessBuilder builder = new ProcessBuilder(TESSERACT.toString(), png.toString(), "stdout", "-l", "chi_sim",
				"--psm", "4", "tsv")
			.redirectError(log.toFile());
		// One process per core: Tesseract's own threads would only compete with the other pages'.
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		Process process = builder.start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("Tesseract 读一页超过 " + PAGE_TIMEOUT_SECONDS + " 秒");
		}
		if (process.exitValue() != 0) {
			throw new IOException("Tesseract 出错：" + Files.readString(log, StandardCharsets.UTF_8).strip());
		}
		return new String(out, StandardCharsets.UTF_8);
	}

	/**
	 * Tesseract often loses the small full stop after an item's number (1.努力 read as 1努力), which leaves the item
	 * unnumbered. A line that starts with one to three digits and then a Chinese character that does not count
	 * something (2023年, 3项, 5个) gets its stop back.
	 */
	static String itemNumber(String line) {
		return LOST_STOP.matcher(line).replaceFirst("$1.");
	}

	private record Word(int block, int paragraph, int line, int left, int confidence, String text) {
	}

	/** The words of Tesseract's TSV (level 5 rows), grouped by their line in the order Tesseract read them. */
	private static List<List<Word>> lines(String tsv) {
		List<List<Word>> lines = new ArrayList<>();
		List<Word> current = null;
		String[] rows = tsv.split("\n");
		for (int r = 1; r < rows.length; r++) {
			String[] cells = rows[r].split("\t", -1);
			if (cells.length < 12 || !"5".equals(cells[0]) || cells[11].isBlank()) {
				continue;
			}
			Word word = new Word(Integer.parseInt(cells[2]), Integer.parseInt(cells[3]), Integer.parseInt(cells[4]),
					Integer.parseInt(cells[6]), (int) Math.round(Double.parseDouble(cells[10])), cells[11].strip());
			if (current == null || current.get(0).block != word.block || current.get(0).paragraph != word.paragraph
					|| current.get(0).line != word.line) {
				current = new ArrayList<>();
				lines.add(current);
			}
			current.add(word);
		}
		lines.forEach(line -> line.sort(Comparator.comparingInt(Word::left)));
		return lines;
	}

	/** Tesseract sets words apart by spaces; between Chinese characters a space is none of the notice's. */
	private static boolean spaceBetween(String before, String after) {
		return isLatin(before.codePointBefore(before.length())) && isLatin(after.codePointAt(0));
	}

	private static boolean isLatin(int codePoint) {
		return codePoint < 0x2E80 && Character.isLetterOrDigit(codePoint);
	}

	private static void delete(Path work) {
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			// a temporary folder left behind is harmless
		}
	}
}

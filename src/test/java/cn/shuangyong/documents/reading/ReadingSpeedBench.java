package cn.shuangyong.documents.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import cn.shuangyong.documents.reading.corpus.ScannedPages;
import cn.shuangyong.documents.writing.PdfConversion;

/**
 * The two reading speeds issue 16 names, measured, not asserted: a 40-page text PDF holding a 300-row task table
 * (a .docx made here, converted by LibreOffice as the platform converts), and a 10-page scan (pages rendered at
 * 150 dpi with skew and noise, in an image-only PDF) read by OCR. Run by bench/reading-speed.sh, which writes
 * target/reading-speed.md.
 */
class ReadingSpeedBench {

	private static final int ROWS = 300;
	private static final int RUNS = 5;

	@Test
	void measure() throws Exception {
		StringBuilder report = new StringBuilder("| case | pages | items read | units read | runs (ms) | median (ms) |\n|---|---|---|---|---|---|\n");
		byte[] table = new PdfConversion("/usr/bin/soffice").toPdf(taskTableDocx());
		report.append(row("text PDF, " + ROWS + "-row task table", table, "任务分工.pdf", RUNS));
		byte[] scan = ScannedPages.imageOnlyPdf(scanPages(10));
		report.append(row("image-only PDF (scan, 150 dpi), OCR", scan, "扫描件.pdf", 1));
		report.append("\ncores: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
		Files.writeString(Path.of("target/reading-speed.md"), report.toString(), StandardCharsets.UTF_8);
		System.out.println(report);
	}

	private static String row(String label, byte[] pdf, String name, int runs) throws IOException {
		NoticeReader reader = new NoticeReader();
		NoticeDraft draft = reader.read(name, pdf); // warm-up, and the reading reported
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			reader.read(name, pdf);
			times.add((System.nanoTime() - start) / 1_000_000);
		}
		List<Long> sorted = times.stream().sorted().toList();
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
		}
		long units = draft.items().stream().mapToLong(i -> i.leads().size() + i.cooperators().size()).sum();
		return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %d |%n", label, pages, draft.items().size(), units,
				times, sorted.get(sorted.size() / 2));
	}

	private static byte[] taskTableDocx() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			docx.createParagraph().createRun().setText("某县2024年重点工作任务分工方案");
			XWPFTable table = docx.createTable(ROWS + 1, 5);
			String[] header = { "序号", "工作任务", "牵头单位", "配合单位", "完成时限" };
			for (int c = 0; c < header.length; c++) {
				table.getRow(0).getCell(c).setText(header[c]);
			}
			String[] leads = { "县民政局", "县退役军人事务局", "县财政局", "县人社局", "县教育体育局", "县卫生健康局" };
			for (int r = 1; r <= ROWS; r++) {
				XWPFTableRow row = table.getRow(r);
				row.getCell(0).setText(String.valueOf(r));
				row.getCell(1).setText("第" + r + "项工作：健全退役军人服务保障体系，落实优抚安置政策，做好走访慰问和双拥共建，"
						+ "完善拥军优属长效机制，确保各项政策落地见效。");
				row.getCell(2).setText(leads[r % leads.length]);
				row.getCell(3).setText(leads[(r + 1) % leads.length] + "、" + leads[(r + 3) % leads.length]);
				row.getCell(4).setText("2024年" + (r % 12 + 1) + "月底前");
			}
			docx.write(out);
			return out.toByteArray();
		}
	}

	private static List<BufferedImage> scanPages(int count) {
		StringBuilder text = new StringBuilder("某县2024年双拥工作要点\n");
		for (int i = 1; text.length() < 12_000; i++) {
			text.append(i).append(".做好第").append(i).append("项双拥工作，落实优抚政策，开展走访慰问，推进军民共建。\n")
				.append("牵头单位:县退役军人事务局\n责任单位:县民政局、县财政局\n");
		}
		List<BufferedImage> pages = ScannedPages.render(text.toString(), 150, 0.5, 7);
		return pages.subList(0, Math.min(count, pages.size()));
	}
}

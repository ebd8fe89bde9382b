package cn.shuangyong.documents.reading.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.shuangyong.documents.reading.NoticeDraft;
import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.documents.reading.ScanReading;

/**
 * Scans of a real notice (立山, of the tuning part: labels on lines of their own) made in the test as a scanner
 * makes them, at 150 dpi with a half-degree skew and noise, read by OCR (Tesseract with chi_sim, installed by
 * bin/test) and then by the same reader as text: as an image-only PDF of all its pages and as a .png of its first.
 */
class ScannedNoticeTest {

	private static final String NOTICE = "lishan-2023-task-decomposition";
	private static RealNotice notice;
	private static List<BufferedImage> pages;

	@BeforeAll
	static void scan() {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")), "tesseract-ocr is not installed");
		notice = RealNotice.all().stream().filter(n -> n.name().equals(NOTICE)).findFirst().orElseThrow();
		pages = ScannedPages.render(notice.text(), 150, 0.5, 16);
	}

	@Test
	void readsTheUnitsOfAScannedPdfWithoutATextLayer() throws IOException {
		byte[] pdf = ScannedPages.imageOnlyPdf(pages);
		NoticeDraft draft = new NoticeReader().read("立山分工方案扫描件.pdf", pdf);
		// What OCR read, for whoever looks into a failure.
		Files.write(Path.of("target/scanned-page-1.png"), ScannedPages.png(pages.get(0)));
		Files.writeString(Path.of("target/scanned-notice.txt"), new NoticeReader().extractText("扫描件.pdf", pdf));
		CorpusScore score = CorpusScore.of(notice, draft.items());

		System.out.println(CorpusScore.header() + "\n" + score.row(NOTICE + " (scanned PDF, " + pages.size()
				+ " pages)") + "\nuncertain: " + draft.scan().uncertainUnits() + ", mean confidence "
				+ draft.scan().meanConfidence());
		assertThat(draft.scan()).isNotNull();
		assertThat(draft.scan().source()).isEqualTo(ScanReading.OCR);
		assertThat(draft.scan().pages()).isEqualTo(pages.size()).isGreaterThan(1);
		assertThat(score.matchedItems()).isEqualTo(score.expectedItems());
		assertThat(score.unitRecall()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.unitPrecision()).isEqualTo(1.0);
		assertThat(score.roleAccuracy()).isEqualTo(1.0);
	}

	@Test
	void readsTheFirstPageAsAnImage() throws IOException {
		NoticeDraft draft = new NoticeReader().read("立山第1页.png", ScannedPages.png(pages.get(0)));

		assertThat(draft.scan()).isNotNull();
		assertThat(draft.scan().pages()).isEqualTo(1);
		assertThat(draft.plan().title()).isEqualTo(new NoticeReader().readText(notice.text()).plan().title());
		assertThat(draft.items()).isNotEmpty();
		assertThat(draft.items().get(0).leads()).containsExactly("区发改局");
		assertThat(draft.items().get(0).cooperators()).containsExactly("立山经济开发区", "全区经济运行各专班");
	}
}

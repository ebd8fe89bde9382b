package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed as the files an office really uploads: a styled .docx, the text and the PDF LibreOffice makes of it,
 * and the old .doc format. Each must read as the gold annotates the seed.
 */
class SeedFormatsTest {

	private static byte[] docx;
	private final NoticeReader reader = new NoticeReader();

	@BeforeAll
	static void buildDocx() {
		docx = SeedDocx.build();
	}

	@Test
	void readsTheSeedFromAStyledDocxWithBrokenRuns() {
		SeedGold.assertMatches(reader.read("seed.docx", docx));
	}

	@Test
	void readsTheSeedFromTheTextLibreOfficeExportsOfTheDocx() {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		byte[] text = LibreOffice.convert(docx, "seed.docx", "txt:Text (encoded):UTF8", "txt");

		SeedGold.assertMatches(reader.read("seed.txt", text));
	}

	@Test
	void readsTheSeedFromThePdfLibreOfficePrintsOfTheDocx() {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		byte[] pdf = LibreOffice.convert(docx, "seed.docx", "pdf", "pdf");

		SeedGold.assertMatches(reader.read("seed.pdf", pdf));
	}

	@Test
	void readsTheSeedFromAPdfInOfficialLayoutWithPageNumbers() {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		byte[] pdf = LibreOffice.convert(SeedDocx.buildOfficial(), "official.docx", "pdf", "pdf");

		SeedGold.assertMatches(reader.read("official.pdf", pdf));
	}

	@Test
	void readsTheSeedFromAnOldWordDocFile() {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		byte[] doc = LibreOffice.convert(docx, "seed.docx", "doc", "doc");

		SeedGold.assertMatches(reader.read("seed.doc", doc));
	}
}

package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** A .docx whose sections and items are numbered by Word's list numbering, not typed into the text. */
class WordListNumbersTest {

	@Test
	void readsSectionsAndItemsNumberedByWordItself() throws IOException {
		NoticeDraft draft = new NoticeReader().read("要点.docx", numberedByWord());

		assertThat(draft.plan().sections()).containsExactly("一、加强宣传教育", "二、支持部队建设");
		assertThat(draft.items()).extracting(WorkItemDraft::no, WorkItemDraft::section, WorkItemDraft::leads)
			.containsExactly(tuple("1", "一、加强宣传教育", List.of("县委宣传部")),
					tuple("2", "一、加强宣传教育", List.of("县教育局")),
					tuple("1", "二、支持部队建设", List.of("县退役军人事务局")));
	}

	@Test
	void writesChineseNumeralsAsNumberingDoes() {
		assertThat(List.of(1, 9, 10, 11, 20, 34)).map(Numbering::chinese)
			.containsExactly("一", "九", "十", "十一", "二十", "三十四");
	}

	private static byte[] numberedByWord() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(BigInteger.ZERO);
			level(list, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
			level(list, 1, STNumberFormat.DECIMAL, "%2.");
			XWPFNumbering numbering = document.createNumbering();
			BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
			document.createParagraph().createRun().setText("某县2021年双拥工作要点");
			listParagraph(document, numId, 0, "加强宣传教育");
			listParagraph(document, numId, 1, "开展国防教育。（县委宣传部牵头）");
			listParagraph(document, numId, 1, "开展双拥进校园。（县教育局牵头）");
			listParagraph(document, numId, 0, "支持部队建设");
			listParagraph(document, numId, 1, "走访慰问驻地部队。（县退役军人事务局牵头）");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void level(CTAbstractNum list, int ilvl, STNumberFormat.Enum format, String text) {
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.valueOf(ilvl));
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal(text);
	}

	private static void listParagraph(XWPFDocument document, BigInteger numId, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(numId);
		paragraph.setNumILvl(BigInteger.valueOf(level));
		paragraph.createRun().setText(text);
	}
}

package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A plan sent as a Word task table: 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限. */
class TaskTableDocxTest {

	private static final int COLUMNS = 5;

	@Test
	void readsItemsLeadsAndCooperatorsFromATaskTable() throws IOException {
		assertTaskTableRead(new NoticeReader().read("分解表.docx", taskTable()));
	}

	@Test
	void readsTheSameTaskTableFromAnOldDocFile() throws IOException {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		byte[] doc = LibreOffice.convert(taskTable(), "table.docx", "doc", "doc");

		assertTaskTableRead(new NoticeReader().read("分解表.doc", doc));
	}

	private static void assertTaskTableRead(NoticeDraft draft) {
		assertThat(draft.plan().title()).isEqualTo("2021年某州双拥工作任务分解表");
		assertThat(draft.plan().sections()).containsExactly("一、宣传教育", "二、支持部队建设");
		assertThat(draft.items())
			.extracting(WorkItemDraft::no, WorkItemDraft::section, WorkItemDraft::leads, WorkItemDraft::leadMode,
					WorkItemDraft::cooperators, WorkItemDraft::cooperatorRole, WorkItemDraft::timeNodes)
			.containsExactly(
					tuple("1", "一、宣传教育", List.of("州委宣传部"), LeadMode.SINGLE,
							List.of("州教育体育局", "州退役军人事务局"), CooperatorRole.COOPERATE, List.of("9月底前")),
					tuple("2", "一、宣传教育", List.of("州退役军人事务局", "军分区政治工作处"), LeadMode.JOINT,
							List.of("各县市双拥办"), CooperatorRole.COOPERATE, List.of("“八一”前夕")),
					tuple("3", "二、支持部队建设", List.of("州教育体育局"), LeadMode.SINGLE, List.of("州退役军人事务局"),
							CooperatorRole.COOPERATE, List.of("8月底前")),
					tuple("4", "二、支持部队建设", List.of("州教育体育局"), LeadMode.SINGLE, List.of(), null,
							List.of("年底前")));
		assertThat(draft.items().get(2).text()).isEqualTo("协调解决部队官兵子女入学问题。完成时限：8月底前");
	}

	/** The lead of tasks 3 and 4 is one cell merged down the column, as offices draw such tables. */
	private static byte[] taskTable() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("2021年某州双拥工作任务分解表");
			XWPFTable table = document.createTable(1, COLUMNS);
			fill(table.getRow(0), "序号", "工作任务", "牵头单位", "责任单位", "完成时限");
			heading(table.createRow(), "一、宣传教育");
			fill(table.createRow(), "1", "开展国防教育进校园活动。", "州委宣传部", "州教育体育局\n州退役军人事务局", "9月底前");
			fill(table.createRow(), "2", "组织走访慰问驻地部队。", "州退役军人事务局、军分区政治工作处", "各县市双拥办", "“八一”前夕");
			heading(table.createRow(), "二、支持部队建设");
			XWPFTableRow third = table.createRow();
			fill(third, "3", "协调解决部队官兵子女入学问题。", "州教育体育局", "州退役军人事务局", "8月底前");
			third.getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
			XWPFTableRow fourth = table.createRow();
			fill(fourth, "4", "落实随军家属就业安置政策。", "", "", "年底前");
			fourth.getCell(2).getCTTc().addNewTcPr().addNewVMerge();
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(XWPFTableRow row, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			XWPFTableCell cell = row.getCell(c);
			String[] paragraphs = cells[c].split("\n");
			cell.setText(paragraphs[0]);
			for (int p = 1; p < paragraphs.length; p++) {
				cell.addParagraph().createRun().setText(paragraphs[p]);
			}
		}
	}

	private static void heading(XWPFTableRow row, String text) {
		row.getCell(0).setText(text);
		row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(COLUMNS));
		for (int c = COLUMNS - 1; c > 0; c--) {
			row.removeCell(c);
		}
	}
}

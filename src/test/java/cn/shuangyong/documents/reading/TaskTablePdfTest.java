package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A task table in a text PDF, as Word or WPS prints one: the columns are told by where the text stands, and a task
 * or a list of units that wraps inside its cell stays in its row and its column.
 */
class TaskTablePdfTest {

	private static byte[] pdf;

	@BeforeAll
	static void printTable() throws IOException {
		assumeThat(LibreOffice.installed()).as("LibreOffice (libreoffice-writer-nogui) is installed").isTrue();
		pdf = LibreOffice.convert(taskTable(), "table.docx", "pdf", "pdf");
	}

	@Test
	void readsTheItemsAndTheirUnitsByTheColumnsTheyStandIn() {
		NoticeDraft draft = new NoticeReader().read("分解表.pdf", pdf);

		assertThat(draft.plan().title()).isEqualTo("2021年某县双拥工作任务分解表");
		assertThat(draft.items())
			.extracting(WorkItemDraft::no, WorkItemDraft::leads, WorkItemDraft::cooperators)
			.containsExactly(
					tuple("1", List.of("县委宣传部"), List.of("县教育体育局", "县退役军人事务局", "县融媒体中心")),
					tuple("2", List.of("县退役军人事务局"), List.of("县人武部")),
					tuple("3", List.of("县人力资源社会保障局"), List.of("县退役军人事务局")));
		assertThat(draft.items().get(0).text()).startsWith("开展国防教育进校园活动，组织全县中小学校").contains("完成时限：9月底前");
	}

	private static byte[] taskTable() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("2021年某县双拥工作任务分解表");
			XWPFTable table = document.createTable(1, 5);
			fill(table.getRow(0), "序号", "工作任务", "牵头单位", "配合单位", "完成时限");
			fill(table.createRow(), "1", "开展国防教育进校园活动，组织全县中小学校开展国防知识竞赛和主题班会，做到每校每学期不少于一次。",
					"县委宣传部", "县教育体育局、县退役军人事务局、县融媒体中心", "9月底前");
			fill(table.createRow(), "2", "组织走访慰问驻地部队。", "县退役军人事务局", "县人武部", "“八一”前夕");
			fill(table.createRow(), "3", "落实随军家属就业安置政策。", "县人力资源社会保障局", "县退役军人事务局", "年底前");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(XWPFTableRow row, String... cells) {
		for (int c = 0; c < cells.length; c++) {
			row.getCell(c).setText(cells[c]);
		}
	}
}

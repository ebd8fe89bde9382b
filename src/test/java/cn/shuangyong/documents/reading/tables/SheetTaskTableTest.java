package cn.shuangyong.documents.reading.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.shuangyong.documents.reading.NoticeDraft;
import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.documents.reading.UnreadableNoticeException;
import cn.shuangyong.documents.reading.WorkItemDraft;

/** A task table sent as a spreadsheet attachment: a title merged across, a lead merged down, a section row. */
class SheetTaskTableTest {

	private final NoticeReader reader = new NoticeReader();

	@Test
	void readsATaskTableFromAnXlsxSheet() throws IOException {
		assertRead(reader.read("任务分解表.xlsx", workbook(new XSSFWorkbook())));
	}

	@Test
	void readsTheSameTableFromAnOldXlsFile() throws IOException {
		assertRead(reader.read("任务分解表.xls", workbook(new HSSFWorkbook())));
	}

	@Test
	void refusesASpreadsheetThatIsDamagedWithAChineseMessage() throws IOException {
		byte[] damaged = workbook(new XSSFWorkbook());
		byte[] cut = java.util.Arrays.copyOf(damaged, damaged.length / 2);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read("任务分解表.xlsx", cut))
			.isInstanceOf(UnreadableNoticeException.class)
			.hasMessageContaining("「任务分解表.xlsx」");
	}

	private static void assertRead(NoticeDraft draft) {
		assertThat(draft.plan().title()).isEqualTo("2021年某县双拥工作任务分解表");
		assertThat(draft.plan().sections()).containsExactly("一、宣传教育", "二、支持部队建设");
		assertThat(draft.items())
			.extracting(WorkItemDraft::no, WorkItemDraft::leads, WorkItemDraft::cooperators, WorkItemDraft::timeNodes)
			.containsExactly(
					tuple("1", List.of("县委宣传部"), List.of("县教育体育局", "县退役军人事务局"), List.of("9月底前")),
					tuple("2", List.of("县退役军人事务局"), List.of("县人武部"), List.of("“八一”前夕")),
					tuple("3", List.of("县教育体育局"), List.of(), List.of("8月底前")),
					tuple("4", List.of("县教育体育局"), List.of(), List.of("年底前")));
	}

	private static byte[] workbook(Workbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("任务分解");
			fill(sheet, 0, "2021年某县双拥工作任务分解表", "", "", "", "");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
			fill(sheet, 1, "序号", "工作任务", "牵头单位", "配合单位", "完成时限");
			fill(sheet, 2, "一、宣传教育", "", "", "", "");
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 4));
			fill(sheet, 3, "1", "开展国防教育进校园活动。", "县委宣传部", "县教育体育局、县退役军人事务局", "9月底前");
			fill(sheet, 4, "2", "组织走访慰问驻地部队。", "县退役军人事务局", "县人武部", "“八一”前夕");
			fill(sheet, 5, "二、支持部队建设", "", "", "", "");
			sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 4));
			fill(sheet, 6, "3", "协调解决部队官兵子女入学问题。", "县教育体育局", "", "8月底前");
			fill(sheet, 7, "4", "落实随军家属子女入托政策。", "", "", "年底前");
			sheet.addMergedRegion(new CellRangeAddress(6, 7, 2, 2));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, int r, String... cells) {
		Row row = sheet.createRow(r);
		for (int c = 0; c < cells.length; c++) {
			if (!cells[c].isEmpty() || r == 1) {
				row.createCell(c).setCellValue(cells[c]);
			}
		}
	}
}

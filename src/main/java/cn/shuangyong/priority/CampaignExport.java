package cn.shuangyong.priority;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.ListDocument;
import cn.shuangyong.documents.writing.ListLayout;
import cn.shuangyong.shared.CurrentUser;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A campaign's figures and findings as the user's scope holds them: an .xlsx (the rates by sector, region and
 * checklist item, and every finding; every cell text, so nothing typed becomes a formula) and a .docx bulletin
 * (检查情况通报) in the fonts of official documents, with the rates, the most-failed items and what is still being put
 * right. Each export is audited.
 */
@Service
public class CampaignExport {

	private static final List<String> RATE_COLUMNS = List.of("序号", "项目", "检查项次", "合格", "不合格", "合格率");

	private static final List<String> FINDING_COLUMNS = List.of("序号", "场所", "行业", "地区", "检查项", "依据", "结果",
			"检查情况", "检查日期", "整改期限", "状态", "整改完成日期");

	private final PriorityQueries queries;

	private final MessageSource messages;

	private final AuditTrail audit;

	CampaignExport(PriorityQueries queries, MessageSource messages, AuditTrail audit) {
		this.queries = queries;
		this.messages = messages;
		this.audit = audit;
	}

	public byte[] xlsx(long campaignId, CurrentUser by) {
		CampaignBoard board = queries.board(campaignId, by);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle head = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setBorderBottom(BorderStyle.THIN);
			Sheet rates = book.createSheet("合格率");
			int r = 0;
			for (ListDocument.Section section : rateSections(board)) {
				r = table(rates, r, section.heading(), section.table(), head) + 1;
			}
			Sheet found = book.createSheet("检查发现");
			table(found, 0, board.campaign().title() + "检查发现", findingsTable(board.findings(), board), head);
			int[] widths = { 6, 24, 12, 14, 40, 36, 8, 40, 12, 12, 10, 12 };
			for (int i = 0; i < widths.length; i++) {
				found.setColumnWidth(i, widths[i] * 256);
				rates.setColumnWidth(i, (i == 1 ? 40 : 12) * 256);
			}
			book.write(out);
			exported(board, "xlsx", by);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The bulletin of the campaign: its figures and what is still being put right. */
	public byte[] docx(long campaignId, CurrentUser by) {
		CampaignBoard board = queries.board(campaignId, by);
		List<ListDocument.Section> sections = new ArrayList<>(rateSections(board));
		List<List<String>> failed = new ArrayList<>();
		for (ComplianceFigures.Rate rate : board.figures().mostFailed()) {
			failed.add(List.of(String.valueOf(failed.size() + 1), rate.key(), String.valueOf(rate.failed())));
		}
		sections.add(new ListDocument.Section("问题较多的检查项", Block.table(List.of("序号", "检查项", "不合格次数"), failed),
				"（无）"));
		List<Finding> open = board.findings().stream().filter(f -> f.state() == FindingState.OPEN).toList();
		sections.add(new ListDocument.Section("尚在整改的问题", findingsTable(open, board), "（无）"));
		byte[] docx = ListLayout.docx(new ListDocument(board.campaign().title() + "检查情况通报",
				board.officeName() + " · 截至 " + board.today() + " · 检查项次 " + board.findings().size() + "，未整改完毕 "
						+ board.openFindings() + "，逾期未整改 " + board.redFindings(),
				sections));
		exported(board, "docx", by);
		return docx;
	}

	private List<ListDocument.Section> rateSections(CampaignBoard board) {
		ComplianceFigures figures = board.figures();
		return List.of(
				new ListDocument.Section("按行业合格率", rates(figures.bySector(), k -> text(Sector.valueOf(k).messageKey())),
						"（无）"),
				new ListDocument.Section("按地区合格率", rates(figures.byRegion(), k -> board.regionNames().getOrDefault(k, k)),
						"（无）"),
				new ListDocument.Section("按检查项合格率", rates(figures.byItem(), Function.identity()), "（无）"));
	}

	private static Block.Table rates(List<ComplianceFigures.Rate> rates, Function<String, String> name) {
		List<List<String>> rows = new ArrayList<>();
		for (ComplianceFigures.Rate rate : rates) {
			rows.add(List.of(String.valueOf(rows.size() + 1), name.apply(rate.key()), String.valueOf(rate.checked()),
					String.valueOf(rate.passed()), String.valueOf(rate.failed()), rate.percent() + "%"));
		}
		return Block.table(RATE_COLUMNS, rows);
	}

	private Block.Table findingsTable(List<Finding> findings, CampaignBoard board) {
		List<List<String>> rows = new ArrayList<>();
		for (Finding f : findings) {
			rows.add(List.of(String.valueOf(rows.size() + 1), f.placeName(), text(f.sector().messageKey()),
					board.regionNames().getOrDefault(f.regionCode(), f.regionCode()), f.itemText(), f.citation(),
					f.passed() ? "合格" : "不合格", f.note() == null ? "" : f.note(), f.foundOn().toString(),
					f.rectifyBy() == null ? "" : f.rectifyBy().toString(),
					f.overdueOn(board.today()) ? "逾期未整改" : text(f.state().messageKey()),
					f.rectifiedOn() == null ? "" : f.rectifiedOn().toString()));
		}
		return Block.table(FINDING_COLUMNS, rows);
	}

	private static int table(Sheet sheet, int at, String heading, Block.Table table, CellStyle head) {
		sheet.createRow(at).createCell(0).setCellValue(heading);
		Row header = sheet.createRow(at + 1);
		for (int i = 0; i < table.headers().size(); i++) {
			header.createCell(i).setCellValue(table.headers().get(i));
			header.getCell(i).setCellStyle(head);
		}
		int r = at + 2;
		for (List<String> values : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < values.size(); i++) {
				row.createCell(i).setCellValue(values.get(i));
			}
		}
		return r;
	}

	private void exported(CampaignBoard board, String format, CurrentUser by) {
		audit.exported(by, "PRIORITY_EXPORTED", AuditTarget.of("PRIORITY_CAMPAIGN", board.campaign().id()),
				board.findings().size(), "导出检查情况（" + format + "）");
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

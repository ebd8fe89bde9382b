package cn.shuangyong.duallist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.ListDocument;
import cn.shuangyong.documents.writing.ListLayout;
import cn.shuangyong.shared.CurrentUser;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * A list as .xlsx (one row per entry, every cell text, so nothing typed can become a formula) and as .docx (one table
 * per side and kind, laid out by {@link ListLayout}).
 */
@Service
public class DualListExport {

	private static final List<String> DOCX_COLUMNS = List.of("序号", "标题及内容", "提出单位", "责任单位", "时限", "状态");

	private static final String[] COLUMNS = { "序号", "清单方", "类型", "标题", "具体内容", "提出单位", "责任单位", "配合单位",
			"完成时限", "状态", "满意度", "反馈意见" };

	private final DualListQueries queries;

	private final MessageSource messages;

	DualListExport(DualListQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	public byte[] xlsx(long listId, CurrentUser by) {
		DualList list = queries.list(listId, by);
		List<Entry> entries = queries.entries(listId, by);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(list.year() + "年度双清单");
			CellStyle head = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setBorderBottom(BorderStyle.THIN);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(heading(list));
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
			Row header = sheet.createRow(1);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(COLUMNS[i]);
				header.getCell(i).setCellStyle(head);
			}
			int r = 2;
			for (Entry entry : entries) {
				Row row = sheet.createRow(r);
				String[] values = values(r - 1, entry);
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
				r++;
			}
			sheet.createFreezePane(0, 2);
			int[] widths = { 6, 8, 8, 30, 50, 20, 20, 24, 12, 12, 8, 30 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.getPrintSetup().setLandscape(true);
			sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The list as a .docx in the fonts and margins of official documents. */
	public byte[] docx(long listId, CurrentUser by) {
		return ListLayout.docx(document(queries.list(listId, by), queries.entries(listId, by), this::text));
	}

	/** One table per side and kind, in the order the offices print them: the military side's needs first. */
	static ListDocument document(DualList list, List<Entry> entries, Function<String, String> text) {
		List<ListDocument.Section> sections = new ArrayList<>();
		for (EntrySide side : EntrySide.values()) {
			for (EntryKind kind : EntryKind.values()) {
				List<List<String>> rows = new ArrayList<>();
				for (Entry e : entries.stream().filter(e -> e.side() == side && e.kind() == kind).toList()) {
					rows.add(List.of(String.valueOf(rows.size() + 1), e.title() + "：" + e.description(),
							e.requestingUnit().name(), e.responsibleUnit() == null ? "" : e.responsibleUnit().name(),
							e.deadline() == null ? "" : e.deadline().toString(), text.apply(e.state().messageKey())));
				}
				sections.add(new ListDocument.Section(text.apply(side.messageKey()) + text.apply(kind.messageKey()),
						Block.table(DOCX_COLUMNS, rows), "（无）"));
			}
		}
		return new ListDocument(heading(list), null, sections);
	}

	private String[] values(int number, Entry e) {
		return new String[] { String.valueOf(number), text(e.side().messageKey()), text(e.kind().messageKey()), e.title(),
				e.description(), e.requestingUnit().name(), e.responsibleUnit() == null ? "" : e.responsibleUnit().name(),
				String.join("、", e.cooperatingUnits().stream().map(Entry.UnitRef::name).toList()),
				e.deadline() == null ? "" : e.deadline().toString(), text(e.state().messageKey()),
				e.satisfaction() == null ? "" : e.satisfaction().toString(), e.feedback() == null ? "" : e.feedback() };
	}

	private static String heading(DualList list) {
		return list.officeName() + list.year() + "年度双清单";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}

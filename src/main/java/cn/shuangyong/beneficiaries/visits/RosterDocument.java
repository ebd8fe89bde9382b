package cn.shuangyong.beneficiaries.visits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The roster laid out for the PDF: a landscape A4 word-processing document with the same columns as the .xlsx, the
 * header row repeated on every page and the watermark (who exported it, when) in every page header. It exists because
 * the machine's LibreOffice is the Writer-only build (libreoffice-writer-nogui, no Calc), which converts .docx, not
 * .xlsx.
 */
final class RosterDocument {

	private static final int[] WIDTHS = { 600, 1300, 2300, 2600, 3000, 1500, 1800, 1300 };

	private RosterDocument() {
	}

	static byte[] write(Roster roster) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			landscape(document);
			XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
			header.setAlignment(ParagraphAlignment.CENTER);
			run(header, roster.watermark(), 9, false);
			XWPFParagraph title = document.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, roster.campaignTitle() + roster.kind().title(), 16, true);
			run(document.createParagraph(), roster.scopeName(), 10, false);
			XWPFTable table = document.createTable(roster.rows().size() + 1, RosterWorkbook.HEADERS.length);
			table.setWidth("100%");
			XWPFTableRow head = table.getRow(0);
			head.setRepeatHeader(true);
			for (int i = 0; i < RosterWorkbook.HEADERS.length; i++) {
				cell(head, i, i == 5 ? roster.kind().column() : RosterWorkbook.HEADERS[i], true);
			}
			int r = 1;
			for (Roster.Row line : roster.rows()) {
				XWPFTableRow row = table.getRow(r++);
				row.setHeight(560);
				row.setCantSplitRow(true);
				String[] values = { Integer.toString(line.number()), line.name(), line.idMasked(), line.categories(),
						line.place(), line.gift(), "", "" };
				for (int i = 0; i < values.length; i++) {
					cell(row, i, values[i], false);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void landscape(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838));
		size.setH(BigInteger.valueOf(11906));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1000));
		margins.setBottom(BigInteger.valueOf(1000));
		margins.setLeft(BigInteger.valueOf(900));
		margins.setRight(BigInteger.valueOf(900));
		margins.setHeader(BigInteger.valueOf(500));
		margins.setFooter(BigInteger.valueOf(500));
	}

	private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
		var cell = row.getCell(column);
		cell.setWidth(Integer.toString(WIDTHS[column]));
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		run(paragraph, text, 10, bold);
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text == null ? "" : text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily("Noto Sans CJK SC");
	}
}

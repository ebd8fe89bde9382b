package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile and broken files of security requirements §3 #12–#18, built in code: spreadsheets with POI, damaged and
 * hostile archives by rewriting a good .xlsx entry by entry or by cutting its bytes.
 */
final class BadImportFiles {

	private BadImportFiles() {
	}

	/** A good .xlsx of the n test people from {@code from}. */
	static byte[] xlsx(int from, int count) throws IOException {
		return ImportFiles.xlsx(ImportFiles.table(ImportFiles.csv(from, count).split("\n")));
	}

	/** The same rows as an Excel 97-2003 workbook; a Double is a number cell, "=…" a formula. */
	static byte[] xls(List<List<Object>> rows) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			var sheet = workbook.createSheet("优抚对象");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value instanceof String text && text.startsWith("=")) {
						row.createCell(c).setCellFormula(text.substring(1));
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			return bytes(workbook);
		}
	}

	/** An .xlsx whose every cell is a text cell, even one that starts with =. */
	static byte[] xlsxText(List<String> lines) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("优抚对象");
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				var row = sheet.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			return bytes(workbook);
		}
	}

	/** A formula cell with the value the spreadsheet cached when it was saved, in the ID column of the first data row. */
	static byte[] xlsxWithCachedFormula(int column, String formula, String cached) throws IOException {
		try (XSSFWorkbook workbook = (XSSFWorkbook) open(xlsx(1, 2))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(column);
			cell.setCellFormula(formula);
			cell.setCellValue(cached);
			return bytes(workbook);
		}
	}

	/** A title row merged across the columns above the headings, as offices often print their rosters. */
	static byte[] xlsxWithMergedTitle() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("名册");
			sheet.createRow(0).createCell(0).setCellValue("禄丰市优抚对象名册");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
			List<String> lines = Arrays.asList(ImportFiles.csv(1, 2).split("\n"));
			for (int r = 0; r < lines.size(); r++) {
				String[] cells = lines.get(r).split(",", -1);
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			return bytes(workbook);
		}
	}

	/** A first visible sheet of good rows and a hidden second one with more people. */
	static byte[] xlsxWithHiddenSheet() throws IOException {
		try (XSSFWorkbook workbook = (XSSFWorkbook) open(xlsx(1, 2))) {
			var hidden = workbook.createSheet("隐藏");
			String[] lines = ImportFiles.csv(10, 1).split("\n");
			for (int r = 0; r < lines.length; r++) {
				String[] cells = lines[r].split(",", -1);
				var row = hidden.createRow(r);
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			workbook.setSheetHidden(1, true);
			return bytes(workbook);
		}
	}

	/** A good workbook encrypted with a password (ECMA-376 agile encryption, what Excel writes). */
	static byte[] passwordProtected() throws Exception {
		EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
		Encryptor encryptor = info.getEncryptor();
		encryptor.confirmPassword("secret");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(xlsx(1, 2));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	/** The first half of a good workbook: the zip's central directory is missing. */
	static byte[] truncated() throws IOException {
		byte[] good = xlsx(1, 50);
		return Arrays.copyOf(good, good.length / 2);
	}

	/** A workbook whose sheet list is empty. */
	static byte[] noSheet() throws IOException {
		return rewrite(xlsx(1, 1), "xl/workbook.xml", xml -> xml.replaceAll("<sheets>.*</sheets>", "<sheets/>"));
	}

	/**
	 * A zip bomb: the sheet's XML is a heading row and then {@code megabytes} MB of blanks, which deflate about a
	 * thousand to one, far beyond POI's guard (an entry may not inflate more than 100 times).
	 */
	static byte[] zipBomb(int megabytes) throws IOException {
		return rewrite(xlsx(1, 1), "xl/worksheets/sheet1.xml", null, out -> {
			out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
					+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] blanks = new byte[1024 * 1024];
			Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				out.write(blanks);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
	}

	/** A good workbook plus {@code extra} empty entries. */
	static byte[] manyEntries(int extra) throws IOException {
		return rewrite(xlsx(1, 1), null, "customXml/item", out -> {
			// the entries are added by rewrite
		}, extra);
	}

	/** A good workbook with one more entry whose name leaves the archive (zip slip). */
	static byte[] zipSlip() throws IOException {
		return rewrite(xlsx(1, 1), null, "../../../tmp/shuangyong-zip-slip", out -> out.write('x'), 1);
	}

	/** A DOCTYPE in the shared strings that would read a local file (XXE). */
	static byte[] xxeInSharedStrings() throws IOException {
		return rewrite(xlsx(1, 1), "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
				"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>").replace("测试1", "&xxe;"));
	}

	/** The billion-laughs entity expansion in a worksheet. */
	static byte[] billionLaughsInSheet() throws IOException {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i < 10; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("]>");
		return rewrite(xlsx(1, 1), "xl/worksheets/sheet1.xml",
				xml -> xml.replaceFirst("\\?>", "?>" + dtd).replaceFirst("<sheetData>", "<sheetData><!-- &lol9; -->"));
	}

	static Workbook open(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	private static byte[] rewrite(byte[] xlsx, String entry, UnaryOperator<String> change) throws IOException {
		return rewrite(xlsx, entry, null, null, 0, change);
	}

	private static byte[] rewrite(byte[] xlsx, String entry, String added, Body body) throws IOException {
		return rewrite(xlsx, entry, added, body, 0, null);
	}

	private static byte[] rewrite(byte[] xlsx, String entry, String added, Body body, int copies) throws IOException {
		return rewrite(xlsx, entry, added, body, copies, null);
	}

	/**
	 * Copies the archive entry by entry: {@code entry} is replaced by {@code change} of its text or by what
	 * {@code body} writes; {@code copies} entries named {@code added} (numbered when more than one) are appended.
	 */
	private static byte[] rewrite(byte[] xlsx, String entry, String added, Body body, int copies,
			UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(result)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(e.getName()));
				if (e.getName().equals(entry) && change != null) {
					out.write(change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
				}
				else if (e.getName().equals(entry)) {
					body.write(out);
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
			for (int i = 0; i < copies; i++) {
				out.putNextEntry(new ZipEntry(copies == 1 ? added : added + i + ".xml"));
				if (body != null && entry == null) {
					body.write(out);
				}
				out.closeEntry();
			}
		}
		return result.toByteArray();
	}

	/** Writes an entry's bytes. */
	interface Body {

		void write(OutputStream out) throws IOException;
	}
}

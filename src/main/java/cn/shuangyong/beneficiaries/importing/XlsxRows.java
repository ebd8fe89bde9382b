package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of an .xlsx workbook, read with POI's event API: each sheet's XML is parsed as a stream by a SAX parser
 * that refuses DTDs (XXE, billion laughs) and POI's zip guard refuses inflation bombs, so the workbook is never held
 * in memory. Only the shared-strings table is, as every cell refers into it; the upload limit bounds it. Formulas are
 * never evaluated: a formula cell gives the value cached when the file was saved, marked as a formula.
 */
final class XlsxRows implements RowStream {

	private final Path file;

	XlsxRows(Path file) {
		this.file = file;
	}

	@Override
	public void read(RowVisitor visitor) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			List<WorkbookSheets.Entry> sheets;
			try (InputStream workbook = reader.getWorkbookData()) {
				sheets = WorkbookSheets.read(workbook);
			}
			if (sheets.isEmpty()) {
				throw new ImportFileException(ImportFileException.Kind.INVALID, "工作簿中没有工作表");
			}
			for (WorkbookSheets.Entry sheet : sheets) {
				visitor.sheet(sheet.name(), sheet.hidden());
				try (InputStream in = reader.getSheet(sheet.relationId())) {
					XMLReader xml = XMLHelper.newXMLReader();
					xml.setContentHandler(new SheetHandler(sheet.name(), strings, visitor));
					xml.parse(new InputSource(in));
				}
			}
		}
		catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
			throw ZipTrouble.describe(e);
		}
		catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
			throw ZipTrouble.describe(e);
		}
	}

	/** One worksheet's rows, cell by cell. */
	private static final class SheetHandler extends DefaultHandler {

		private final String sheet;

		private final ReadOnlySharedStringsTable strings;

		private final RowVisitor visitor;

		private final StringBuilder text = new StringBuilder();

		private Map<Integer, CellValue> cells = new HashMap<>();

		private int rowNumber;

		private int column;

		private int lastColumn;

		private String type;

		private boolean formula;

		private boolean collecting;

		SheetHandler(String sheet, ReadOnlySharedStringsTable strings, RowVisitor visitor) {
			this.sheet = sheet;
			this.strings = strings;
			this.visitor = visitor;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
					cells = new HashMap<>();
					lastColumn = -1;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? lastColumn + 1 : SheetRow.columnIndex(r);
					lastColumn = column;
					type = attributes.getValue("t");
					formula = false;
					text.setLength(0);
				}
				case "f" -> formula = true;
				case "v", "t" -> collecting = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> collecting = false;
				case "c" -> cell();
				case "row" -> {
					if (!cells.isEmpty()) {
						visitor.row(new SheetRow(sheet, rowNumber, cells));
					}
				}
				default -> {
				}
			}
		}

		private void cell() {
			String raw = text.toString();
			CellValue.Kind kind;
			String value;
			if ("s".equals(type)) {
				value = raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
				kind = CellValue.Kind.TEXT;
			}
			else if ("inlineStr".equals(type) || "str".equals(type)) {
				value = raw;
				kind = CellValue.Kind.TEXT;
			}
			else if ("b".equals(type)) {
				value = "1".equals(raw.strip()) ? "TRUE" : "FALSE";
				kind = CellValue.Kind.BOOLEAN;
			}
			else if ("e".equals(type)) {
				value = raw;
				kind = CellValue.Kind.ERROR;
			}
			else {
				value = raw.isBlank() ? "" : CellValue.plainNumber(raw);
				kind = CellValue.Kind.NUMBER;
			}
			if (formula) {
				kind = CellValue.Kind.FORMULA;
			}
			if (!value.isEmpty() || formula) {
				cells.put(column, new CellValue(value, kind));
			}
		}
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * The rows of an Excel 97-2003 (.xls, BIFF8) workbook, read record by record with POI's HSSF event API, never as a
 * whole workbook. A formula gives its cached result and is marked as a formula; a password-protected file is refused.
 */
final class XlsRows implements RowStream {

	private final Path file;

	XlsRows(Path file) {
		this.file = file;
	}

	@Override
	public void read(RowVisitor visitor) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			Records records = new Records(visitor);
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(new MissingRecordAwareHSSFListener(records));
			new HSSFEventFactory().processWorkbookEvents(request, fs);
		}
		catch (VisitorStop stop) {
			throw stop.reason;
		}
		catch (EncryptedDocumentException e) {
			throw Protection.refused();
		}
		catch (IOException | RuntimeException e) {
			throw new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
					"文件已损坏或不完整，无法作为 Excel 97-2003 工作簿（.xls）读取：请在 Excel 中打开确认后重新保存再上传");
		}
	}

	private static final class Records implements HSSFListener {

		private final RowVisitor visitor;

		private final List<BoundSheetRecord> sheets = new ArrayList<>();

		private SSTRecord strings;

		private int sheetIndex = -1;

		private String sheetName;

		private Map<Integer, CellValue> cells = new HashMap<>();

		private int row = -1;

		private int pendingFormulaColumn = -1;

		Records(RowVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void processRecord(org.apache.poi.hssf.record.Record record) {
			try {
				process(record);
			}
			catch (RuntimeException e) {
				throw new VisitorStop(e);
			}
		}

		private void process(org.apache.poi.hssf.record.Record record) {
			if (record instanceof BoundSheetRecord sheet) {
				sheets.add(sheet);
			}
			else if (record instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
				sheetIndex++;
				BoundSheetRecord sheet = sheetIndex < sheets.size() ? sheets.get(sheetIndex) : null;
				sheetName = sheet == null ? "Sheet" + (sheetIndex + 1) : sheet.getSheetname();
				visitor.sheet(sheetName, sheet != null && (sheet.isHidden() || sheet.isVeryHidden()));
			}
			else if (record instanceof SSTRecord sst) {
				strings = sst;
			}
			else if (record instanceof LabelSSTRecord label) {
				put(label.getRow(), label.getColumn(),
						CellValue.text(strings == null ? "" : strings.getString(label.getSSTIndex()).getString()));
			}
			else if (record instanceof LabelRecord label) {
				put(label.getRow(), label.getColumn(), CellValue.text(label.getValue()));
			}
			else if (record instanceof NumberRecord number) {
				put(number.getRow(), number.getColumn(),
						new CellValue(CellValue.plainNumber(Double.toString(number.getValue())), CellValue.Kind.NUMBER));
			}
			else if (record instanceof FormulaRecord formula) {
				formula(formula);
			}
			else if (record instanceof StringRecord string && pendingFormulaColumn >= 0) {
				put(row, pendingFormulaColumn, new CellValue(string.getString(), CellValue.Kind.FORMULA));
				pendingFormulaColumn = -1;
			}
			else if (record instanceof BoolErrRecord value) {
				put(value.getRow(), value.getColumn(), value.isBoolean()
						? new CellValue(value.getBooleanValue() ? "TRUE" : "FALSE", CellValue.Kind.BOOLEAN)
						: new CellValue("#ERROR", CellValue.Kind.ERROR));
			}
			else if (record instanceof LastCellOfRowDummyRecord end) {
				endOfRow(end.getRow());
			}
		}

		private void formula(FormulaRecord formula) {
			if (formula.getCachedResultTypeEnum() == CellType.STRING) {
				row = formula.getRow();
				pendingFormulaColumn = formula.getColumn();
				return;
			}
			String cached = switch (formula.getCachedResultTypeEnum()) {
				case NUMERIC -> CellValue.plainNumber(Double.toString(formula.getValue()));
				case BOOLEAN -> formula.getCachedBooleanValue() ? "TRUE" : "FALSE";
				default -> "";
			};
			put(formula.getRow(), formula.getColumn(), new CellValue(cached, CellValue.Kind.FORMULA));
		}

		private void put(int rowIndex, int column, CellValue value) {
			if (rowIndex != row && !cells.isEmpty()) {
				endOfRow(row);
			}
			row = rowIndex;
			if (!value.text().isEmpty() || value.kind() == CellValue.Kind.FORMULA) {
				cells.put(column, value);
			}
		}

		private void endOfRow(int rowIndex) {
			if (!cells.isEmpty()) {
				visitor.row(new SheetRow(sheetName, rowIndex + 1, cells));
				cells = new HashMap<>();
			}
		}
	}

	/** What the visitor threw, carried past the catch-all for POI's own failures. */
	private static final class VisitorStop extends RuntimeException {

		private final RuntimeException reason;

		VisitorStop(RuntimeException reason) {
			super(null, null, false, false);
			this.reason = reason;
		}
	}
}

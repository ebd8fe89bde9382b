package cn.shuangyong.beneficiaries.importing;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a file's rows into checked data rows: each sheet's first row is its heading, rows whose import columns are
 * all empty are skipped, a hidden sheet with data is refused (the person would import what they cannot see), and the
 * row cap is enforced as rows arrive, so an oversized file stops without being read to its end. After the first
 * sheet, a sheet whose first row names none of the import's columns is passed over as notes.
 */
final class FileRows implements RowVisitor {

	private final Function<Headings, RowChecker> checkers;

	private final int maxRows;

	private final Consumer<CheckedRow> consumer;

	private RowChecker checker;

	private Headings headings;

	private boolean hidden;

	private boolean skipped;

	private int ordinal;

	private boolean anyHeading;

	private String idHeading = Field.ID_NUMBER.heading();

	FileRows(Function<Headings, RowChecker> checkers, int maxRows, Consumer<CheckedRow> consumer) {
		this.checkers = checkers;
		this.maxRows = maxRows;
		this.consumer = consumer;
	}

	@Override
	public void sheet(String name, boolean hidden) {
		this.hidden = hidden;
		this.skipped = false;
		this.headings = null;
		this.checker = null;
	}

	@Override
	public void row(SheetRow row) {
		if (hidden) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "工作表“" + row.sheet()
					+ "”是隐藏的，但其中有数据（第 " + row.number() + " 行）：请取消隐藏并确认这些数据是否要导入，或删除该工作表后再上传");
		}
		if (skipped) {
			return;
		}
		if (headings == null && anyHeading && !Headings.namesAnyField(row)) {
			// a later sheet that heads no column of ours is notes or a list (the template's 填写说明), not people
			skipped = true;
			return;
		}
		if (headings == null) {
			headings = Headings.read(row);
			anyHeading = true;
			idHeading = headings.label(Field.ID_NUMBER);
			checker = checkers.apply(headings);
			return;
		}
		if (headings.columns().values().stream().allMatch(column -> {
			CellValue cell = row.cell(column);
			return cell == null || cell.isBlank();
		})) {
			return;
		}
		if (++ordinal > maxRows) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "文件的数据行超过了每个文件 " + maxRows
					+ " 行的上限（读到工作表“" + row.sheet() + "”第 " + row.number() + " 行时停止）：请拆分为多个文件分批导入");
		}
		consumer.accept(checker.check(ordinal, row));
	}

	int rows() {
		return ordinal;
	}

	String idHeading() {
		return idHeading;
	}

	boolean sawHeading() {
		return anyHeading;
	}
}

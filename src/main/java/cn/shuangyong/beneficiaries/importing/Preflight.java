package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What is checked while the person waits, so that a file that cannot be imported at all is refused at once with a
 * 4xx and its reason: type by content, archive and password, encoding, and the headings of the first sheet. Rows are
 * checked in the job.
 */
final class Preflight {

	private Preflight() {
	}

	static ImportFormat check(Path file, String name) {
		try {
			ImportFormat format = FileInspection.inspect(file, name);
			RowStream rows = FileInspection.rows(file, format);
			try {
				rows.read(new HeadingOnly());
			}
			catch (HeadingOnly.Seen seen) {
				return format;
			}
			throw new ImportFileException(ImportFileException.Kind.INVALID, "文件中没有任何内容：请使用导入模板填写后再上传");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads up to the first heading row and stops. */
	private static final class HeadingOnly implements RowVisitor {

		static final class Seen extends RuntimeException {

			Seen() {
				super(null, null, false, false);
			}
		}

		private boolean hidden;

		@Override
		public void sheet(String name, boolean hidden) {
			this.hidden = hidden;
		}

		@Override
		public void row(SheetRow row) {
			if (hidden) {
				throw new ImportFileException(ImportFileException.Kind.INVALID, "工作表“" + row.sheet()
						+ "”是隐藏的，但其中有数据（第 " + row.number() + " 行）：请取消隐藏并确认这些数据是否要导入，或删除该工作表后再上传");
			}
			Headings.read(row);
			throw new Seen();
		}
	}
}

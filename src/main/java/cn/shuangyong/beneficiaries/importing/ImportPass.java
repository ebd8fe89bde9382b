package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** What both passes over a file share: the job, the file, the row cap and how rows are checked. */
final class ImportPass {

	record Setup(ImportJob job, Path file, int maxRows, int chunkRows, Function<Headings, RowChecker> checkers) {

		/** Reads the whole file, handing each checked data row on; returns the number of data rows. */
		FileRows read(Consumer<CheckedRow> consumer) {
			FileRows rows = new FileRows(checkers, maxRows, consumer);
			try {
				FileInspection.rows(file, job.format()).read(rows);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return rows;
		}
	}

	private ImportPass() {
	}
}

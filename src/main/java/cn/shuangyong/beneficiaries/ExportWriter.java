package cn.shuangyong.beneficiaries;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes an export: the watermark (who and when) above and below the rows, every cell as text. An interface so the
 * two formats share one way of being fed.
 */
interface ExportWriter extends AutoCloseable {

	static ExportWriter of(ExportFormat format, OutputStream out, String watermark) {
		return format == ExportFormat.XLSX ? new XlsxExport(out, watermark) : new CsvExport(out, watermark);
	}

	void header(List<String> titles) throws IOException;

	void row(List<String> cells) throws IOException;

	/** Writes the closing watermark row with the number of rows, and the file's end. */
	void finish(long rows) throws IOException;

	@Override
	void close() throws IOException;
}

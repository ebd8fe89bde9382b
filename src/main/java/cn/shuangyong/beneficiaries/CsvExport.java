package cn.shuangyong.beneficiaries;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV in UTF-8 with a BOM, so Excel reads the Chinese right. Every cell is quoted; a cell that starts with = + - @ TAB
 * or CR gets a leading ' so a spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection;
 * security requirements §3 #11).
 */
final class CsvExport implements ExportWriter {

	private final Writer out;

	private final String watermark;

	CsvExport(OutputStream stream, String watermark) {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		this.watermark = watermark;
		try {
			out.write('\uFEFF');
			line(List.of(watermark));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	public void header(List<String> titles) throws IOException {
		line(titles);
	}

	@Override
	public void row(List<String> cells) throws IOException {
		line(cells);
	}

	@Override
	public void finish(long rows) throws IOException {
		line(List.of(watermark + "；共 " + rows + " 行"));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}

	private void line(List<String> cells) throws IOException {
		out.write(cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")));
		out.write("\r\n");
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of a CSV file (RFC 4180: fields separated by commas, or tabs when the first line has tabs and no comma;
 * quoted fields may hold separators, doubled quotes and line breaks). Read one record at a time. A record's number is
 * its position counting the heading as 1, as Excel numbers the rows when it opens the file.
 */
final class CsvRows implements RowStream {

	static final String SHEET = "CSV";

	private static final int MAX_FIELD = 100_000;

	private final Path file;

	private final CsvEncoding encoding;

	CsvRows(Path file, CsvEncoding encoding) {
		this.file = file;
		this.encoding = encoding;
	}

	@Override
	public void read(RowVisitor visitor) throws IOException {
		visitor.sheet(SHEET, false);
		try (Reader reader = new BufferedReader(encoding.open(file), 64 * 1024)) {
			new Parser(reader, visitor).run();
		}
		catch (CharacterCodingException e) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "无法识别文件编码：文件中途出现了不属于 "
					+ encoding.charset().displayName() + " 编码的字节");
		}
	}

	private static final class Parser {

		private final Reader reader;

		private final RowVisitor visitor;

		private char separator;

		private int record;

		Parser(Reader reader, RowVisitor visitor) {
			this.reader = reader;
			this.visitor = visitor;
		}

		void run() throws IOException {
			reader.mark(64 * 1024);
			separator = ',';
			StringBuilder first = new StringBuilder();
			for (int c = reader.read(); c >= 0 && c != '\n' && first.length() < 60_000; c = reader.read()) {
				first.append((char) c);
			}
			if (first.indexOf("\t") >= 0 && first.indexOf(",") < 0) {
				separator = '\t';
			}
			reader.reset();
			Map<Integer, CellValue> cells = new HashMap<>();
			StringBuilder field = new StringBuilder();
			int column = 0;
			boolean quoted = false;
			boolean wasQuoted = false;
			int c = reader.read();
			boolean any = c >= 0;
			while (c >= 0) {
				if (quoted) {
					if (c == '"') {
						int next = reader.read();
						if (next == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							c = next;
							continue;
						}
					}
					else {
						append(field, c);
					}
				}
				else if (c == '"' && field.isEmpty() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
				}
				else if (c == separator) {
					put(cells, column++, field);
					wasQuoted = false;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r') {
						reader.mark(1);
						if (reader.read() != '\n') {
							reader.reset();
						}
					}
					put(cells, column, field);
					emit(cells);
					cells = new HashMap<>();
					column = 0;
					wasQuoted = false;
					any = false;
				}
				else {
					append(field, c);
				}
				c = reader.read();
				if (c >= 0) {
					any = true;
				}
			}
			if (any || !cells.isEmpty() || !field.isEmpty()) {
				put(cells, column, field);
				emit(cells);
			}
		}

		private static void append(StringBuilder field, int c) {
			if (field.length() >= MAX_FIELD) {
				throw new ImportFileException(ImportFileException.Kind.INVALID,
						"CSV 文件中有一个单元格超过 " + MAX_FIELD + " 个字符：可能缺少配对的引号");
			}
			field.append((char) c);
		}

		private static void put(Map<Integer, CellValue> cells, int column, StringBuilder field) {
			if (!field.isEmpty()) {
				cells.put(column, CellValue.text(field.toString()));
				field.setLength(0);
			}
		}

		private void emit(Map<Integer, CellValue> cells) {
			record++;
			if (!cells.isEmpty()) {
				visitor.row(new SheetRow(SHEET, record, cells));
			}
		}
	}
}

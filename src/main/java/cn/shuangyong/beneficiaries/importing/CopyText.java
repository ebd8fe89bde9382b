package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Lines for PostgreSQL's COPY … FROM STDIN in text format: fields separated by tabs, \N for null, backslash, tab and
 * line breaks escaped. One {@link #copy} is one COPY statement, so statement-level triggers fire once per chunk.
 */
final class CopyText {

	private final StringBuilder line = new StringBuilder(1024);

	private final OutputStream out;

	private boolean first = true;

	private CopyText(OutputStream out) {
		this.out = out;
	}

	static long copy(Connection connection, String sql, Consumer<CopyText> rows) {
		try (PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 256 * 1024)) {
			rows.accept(new CopyText(stream));
			stream.endCopy();
			return 0;
		}
		catch (SQLException e) {
			throw new IllegalStateException("写入数据库失败：" + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * One row's line, built apart from any COPY (on any thread: the write pass encrypts rows in parallel) and sent
	 * later with {@link #line(byte[])}.
	 */
	static byte[] line(Consumer<CopyText> row) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(512);
		row.accept(new CopyText(bytes));
		return bytes.toByteArray();
	}

	/** A line made by {@link #line(Consumer)}. */
	void line(byte[] ready) {
		try {
			out.write(ready);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A text[] literal of simple codes (letters, digits, underscores: category codes), for {@link #field}. */
	static String array(List<String> codes) {
		return "{" + String.join(",", codes) + "}";
	}

	CopyText field(Object value) {
		if (!first) {
			line.append('\t');
		}
		first = false;
		if (value == null) {
			line.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
		return this;
	}

	void end() {
		line.append('\n');
		try {
			out.write(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		line.setLength(0);
		first = true;
	}
}

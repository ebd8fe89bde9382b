package cn.shuangyong.documents.writing;

import java.util.List;

/** A part of a document's text: a paragraph, a heading of one of the four levels, or a table. */
public sealed interface Block {

	static Block paragraph(String text) {
		return new Paragraph(text);
	}

	/** A heading standing on its own line; the writer numbers it (一、 （一） 1. （1）). */
	static Block heading(int level, String text) {
		return new Heading(level, text, "");
	}

	/** A heading followed by text in the same paragraph: （一）加强组织领导。具体内容…… */
	static Block heading(int level, String text, String followedBy) {
		return new Heading(level, text, followedBy);
	}

	static Table table(List<String> headers, List<List<String>> rows) {
		return new Table(headers, rows);
	}

	record Paragraph(String text) implements Block {
	}

	/** {@code level} 1 to 4, numbered and set as GB/T 9704-2012 (7.3.3) says. */
	record Heading(int level, String text, String followedBy) implements Block {

		public Heading {
			if (level < 1 || level > 4) {
				throw new IllegalArgumentException("GB/T 9704 has four heading levels, not " + level);
			}
		}
	}

	/** A table as wide as the type area, its columns sized to their content, the header row repeated on each page. */
	record Table(List<String> headers, List<List<String>> rows) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != headers.size()) {
					throw new IllegalArgumentException("a row of " + row.size() + " cells under " + headers.size() + " headers");
				}
			}
		}
	}
}

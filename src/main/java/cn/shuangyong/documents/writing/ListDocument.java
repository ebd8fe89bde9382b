package cn.shuangyong.documents.writing;

import java.util.List;

/**
 * A ledger, score sheet or roster: a title, a line under it saying whose and as of when, and one or more tables, each
 * under its own heading.
 *
 * @param title in 2号小标宋, centred
 * @param subtitle in 3号仿宋, centred under the title; null for none
 * @param sections the tables in order
 * @param watermark printed at the head of every page (who exported the list, and when); null for none
 */
public record ListDocument(String title, String subtitle, List<Section> sections, String watermark) {

	public ListDocument {
		sections = List.copyOf(sections);
	}

	public ListDocument(String title, String subtitle, List<Section> sections) {
		this(title, subtitle, sections, null);
	}

	/**
	 * One table under a heading in 3号黑体 (null for none); a table without rows prints {@code whenEmpty} instead,
	 * such as （无）. The rows of a table to be signed on paper ({@code signed}) are made tall enough to sign in.
	 */
	public record Section(String heading, Block.Table table, String whenEmpty, boolean signed) {

		public Section(String heading, Block.Table table, String whenEmpty) {
			this(heading, table, whenEmpty, false);
		}
	}
}

package cn.shuangyong.supervision.tasklife;

/** A task's title: the item's first clause, short enough for a list. */
final class TaskTitle {

	private static final int MAX = 60;

	private TaskTitle() {
	}

	static String of(String itemText) {
		String text = itemText == null ? "" : itemText.strip();
		int end = text.length();
		for (char stop : new char[] { '，', '。', '；', ',', ';' }) {
			int at = text.indexOf(stop);
			if (at > 8 && at < end) {
				end = at;
			}
		}
		String title = text.substring(0, end);
		return title.length() > MAX ? title.substring(0, MAX) + "…" : title;
	}
}

package cn.shuangyong.supervision.tasklife;

/**
 * A task's title: the item's first sentence, so a list tells its tasks apart ("利用重大节日、纪念日" alone says nothing
 * of what is asked). A sentence longer than a list's line is cut after its last pause that keeps at least half of it,
 * else at the line's length, and ends with an ellipsis.
 */
final class TaskTitle {

	static final int MAX = 40;

	private static final String SENTENCE_ENDS = "。；！？;!?";

	private static final String PAUSES = "，、,：:";

	private TaskTitle() {
	}

	static String of(String itemText) {
		String text = itemText == null ? "" : itemText.strip();
		String sentence = firstSentence(text);
		if (sentence.length() <= MAX) {
			return sentence;
		}
		int cut = MAX;
		for (int at = MAX - 1; at >= MAX / 2; at--) {
			if (PAUSES.indexOf(sentence.charAt(at)) >= 0) {
				cut = at;
				break;
			}
		}
		return sentence.substring(0, cut) + "…";
	}

	private static String firstSentence(String text) {
		for (int at = 0; at < text.length(); at++) {
			if (SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0) {
				return text.substring(0, at);
			}
		}
		return text;
	}
}

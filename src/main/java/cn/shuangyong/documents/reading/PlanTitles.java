package cn.shuangyong.documents.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the plan's own title after the covering documents: a short line with no sentence punctuation and no
 * numbering that ends in what a plan is called (…工作要点, …实施方案, …任务分解表), possibly after 附件：. A
 * notice without covering documents may open with any such short line. A numbered list of attachments
 * (附件：1.…任务清单 / 2.…) names the plans the letter carries; their titles come again where they begin.
 */
final class PlanTitles {

	private static final Pattern PLAN_WORD = Pattern.compile(
			"(?:要点|计划|方案|安排|清单|任务|措施|细则|意见|分工|表|规划)[”》\\s]*$");
	private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*\\d*\\s*：?\\s*");
	private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\s*：\\s*\\d{1,2}\\s*[.、]");
	private static final Pattern LIST_ENTRY = Pattern.compile("^\\d{1,2}\\s*[.、]");
	private static final Pattern SENTENCE = Pattern.compile("[，。；：！？]");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
	private static final int MIN_LENGTH = 4;
	private static final int MAX_LENGTH = 60;

	private PlanTitles() {
	}

	/** The line of the plan's title in {@code [from, to)}, or -1. */
	static int find(List<String> folded, int from, int to, boolean anyShortLine) {
		int first = -1;
		boolean inAttachmentList = false;
		for (int i = from; i < to; i++) {
			String f = folded.get(i);
			if (f.isEmpty()) {
				continue;
			}
			inAttachmentList = ATTACHMENT_LIST.matcher(f).find() || inAttachmentList && LIST_ENTRY.matcher(f).find();
			boolean titleLike = isTitleLike(withoutAttachment(f)) && !inAttachmentList;
			if (titleLike && PLAN_WORD.matcher(f).find()) {
				return i;
			}
			if (first < 0) {
				first = titleLike ? i : Integer.MAX_VALUE;
			}
		}
		return anyShortLine && first >= 0 && first != Integer.MAX_VALUE ? first : -1;
	}

	static String title(String line) {
		Matcher attachment = ATTACHMENT.matcher(Folded.fold(line));
		return attachment.find() ? line.substring(attachment.end()) : line;
	}

	static Integer year(String title) {
		if (title == null) {
			return null;
		}
		Matcher m = YEAR.matcher(Folded.fold(title));
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	private static String withoutAttachment(String folded) {
		Matcher attachment = ATTACHMENT.matcher(folded);
		return attachment.find() ? folded.substring(attachment.end()) : folded;
	}

	private static boolean isTitleLike(String folded) {
		return folded.length() >= MIN_LENGTH && folded.length() <= MAX_LENGTH && !SENTENCE.matcher(folded).find()
				&& Numbering.of(folded) == null;
	}
}

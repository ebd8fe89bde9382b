package cn.shuangyong.documents.reading;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which measure word counts a thing, when a target offers two (1篇（部）): Chinese counts writings in 篇, films and
 * videos in 部, meetings and performances in 场. A thing the table does not know takes the first measure word.
 */
final class Classifiers {

	private static final Map<String, Pattern> ENDINGS_BY_UNIT = Map.of(
			"篇", Pattern.compile("(?:文|稿|章|成果|报告|信息|简报|材料|案例)$"),
			"部", Pattern.compile("(?:片|视频|影|剧|作品|动漫)$"),
			"场", Pattern.compile("(?:会|活动|演出|讲座|培训)$"),
			"次", Pattern.compile("(?:检查|督查|演练|走访|慰问)$"));

	private Classifiers() {
	}

	static String unitFor(String thing, String unit, String alternative) {
		if (alternative == null) {
			return unit;
		}
		String folded = Folded.fold(thing);
		for (String candidate : new String[] { unit, alternative }) {
			Pattern endings = ENDINGS_BY_UNIT.get(candidate);
			if (endings != null && endings.matcher(folded).find()) {
				return candidate;
			}
		}
		return unit;
	}
}

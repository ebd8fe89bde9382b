package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** What an editor types for a node of the indicator tree. An area's points are its indicators' sum, so it takes none. */
public record NodeInput(String title, String points, String evidence, String scoring) {

	static final BigDecimal MAX_POINTS = new BigDecimal("1000");

	Valid validate(NodeKind kind) {
		List<String> problems = new ArrayList<>();
		String t = title == null ? "" : title.strip();
		if (t.isEmpty()) {
			problems.add("请填写名称");
		}
		else if (t.length() > 300) {
			problems.add("名称不能超过 300 字");
		}
		BigDecimal value = BigDecimal.ZERO;
		if (kind != NodeKind.AREA) {
			value = Scores.parse(points, MAX_POINTS, "分值", problems);
			if (value != null && value.signum() == 0) {
				problems.add("分值须大于 0");
			}
		}
		if (evidence != null && evidence.strip().length() > 1000) {
			problems.add("所需材料不能超过 1000 字");
		}
		if (scoring != null && scoring.strip().length() > 1000) {
			problems.add("评分标准不能超过 1000 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Valid(t, value, blankToNull(evidence), blankToNull(scoring));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	record Valid(String title, BigDecimal points, String evidence, String scoring) {
	}
}

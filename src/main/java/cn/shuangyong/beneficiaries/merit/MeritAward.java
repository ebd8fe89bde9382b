package cn.shuangyong.beneficiaries.merit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Set;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The individual awards for which a notice goes to the family (《立功受奖军人家庭送喜报工作办法》, Xinhua Q&A of
 * 2020-12-24): 八一勋章, 荣誉称号, 一等功, 二等功, 三等功. Anything lower (嘉奖, 四有优秀士兵 …) gets no notice.
 */
public enum MeritAward {
	BAYI_MEDAL("八一勋章"), HONOUR_TITLE("荣誉称号"), FIRST_CLASS("一等功"), SECOND_CLASS("二等功"), THIRD_CLASS("三等功");

	private static final Set<String> BELOW = Set.of("嘉奖", "四等功", "优秀士兵", "四有优秀士兵", "“四有”优秀士兵", "通报表扬", "表彰",
			"优秀义务兵", "优秀士官");

	private final String label;

	MeritAward(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The award a code name or Chinese label names; a lower award or an unknown word gets its own message. */
	public static MeritAward parse(String text) {
		String word = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		if (word.isEmpty()) {
			throw new InvalidInputException("请选择奖励等级");
		}
		return Arrays.stream(values()).filter(a -> a.name().equals(word) || a.label.equals(word)
				|| (a == THIRD_CLASS && word.equals("个人三等功")) || (a == SECOND_CLASS && word.equals("个人二等功"))
				|| (a == FIRST_CLASS && word.equals("个人一等功")))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(BELOW.contains(word) || word.contains("嘉奖")
					? "“" + word + "”低于三等功，不送立功喜报：只有八一勋章、荣誉称号、一等功、二等功、三等功送喜报（《立功受奖军人家庭送喜报工作办法》）"
					: "奖励等级“" + word + "”无法识别，应为八一勋章、荣誉称号、一等功、二等功或三等功"));
	}
}

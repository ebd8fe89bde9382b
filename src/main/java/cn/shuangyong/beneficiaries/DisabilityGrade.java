package cn.shuangyong.beneficiaries;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A disability grade, 一级 (most severe) to 十级 (军人抚恤优待条例 2019 Art. 21, 2024 Art. 25), as people write it:
 * 4, 4级, 四级, 四, Ⅳ or IV (security requirements §3 #27).
 */
final class DisabilityGrade {

	static final int MOST_SEVERE = 1;

	static final int LEAST_SEVERE = 10;

	private static final Pattern WRITTEN = Pattern.compile("(?:伤残|残疾)?(?:等级)?(.+?)(?:级)?");

	private static final Map<String, Integer> CHINESE = Map.of("一", 1, "二", 2, "三", 3, "四", 4, "五", 5, "六", 6,
			"七", 7, "八", 8, "九", 9, "十", 10);

	private static final Map<String, Integer> ROMAN = Map.of("I", 1, "II", 2, "III", 3, "IV", 4, "V", 5, "VI", 6,
			"VII", 7, "VIII", 8, "IX", 9, "X", 10);

	private DisabilityGrade() {
	}

	/** The grade 1–10, or null for an empty text. */
	static Integer parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		// NFKC turns Ⅳ into IV and full-width digits into ASCII
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
		Matcher matcher = WRITTEN.matcher(normal);
		String core = matcher.matches() ? matcher.group(1) : normal;
		Integer grade = core.matches("\\d{1,3}") ? Integer.valueOf(core)
				: CHINESE.getOrDefault(core, ROMAN.get(core));
		if (grade == null) {
			throw new InvalidInputException("伤残等级“" + text.strip() + "”无法识别：应为一级至十级，如 4、4级、四级或Ⅳ");
		}
		if (grade < MOST_SEVERE || grade > LEAST_SEVERE) {
			throw new InvalidInputException("伤残等级应在一级至十级之间，实际为 " + grade);
		}
		return grade;
	}
}

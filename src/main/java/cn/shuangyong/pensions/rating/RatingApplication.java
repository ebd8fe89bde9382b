package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * An application for a rating as the county office takes it in: for whom, which kind, the nature claimed, when the
 * injury happened (or the occupational disease was diagnosed), whether the person was a 义务兵 or 初级士官 then (the
 * only ones rated 因病), the previous grade and date for a 调整, and what happened. The fields are checked whole in
 * {@link #of}; the rules that need the registry's grade are checked by {@link Ratings#apply}.
 */
public record RatingApplication(long personId, RatingKind kind, DisabilityNature nature, boolean conscriptOrJunior,
		LocalDate injuredOn, Integer previousGrade, LocalDate previousRatedOn, String circumstances,
		LocalDate appliedOn) {

	public static RatingApplication of(Long personId, String kind, String nature, Boolean conscriptOrJunior,
			String injuredOn, Integer previousGrade, String previousRatedOn, String circumstances, String appliedOn) {
		List<String> problems = new ArrayList<>();
		if (personId == null) {
			problems.add("请指定优抚对象（personId）");
		}
		RatingKind k = parse(() -> RatingKind.of(kind), problems);
		DisabilityNature n = parse(() -> DisabilityNature.of(nature, "评残申请"), problems);
		LocalDate injured = date(injuredOn, "负伤（确诊）日期（injuredOn）", true, problems);
		LocalDate previous = date(previousRatedOn, "原评定日期（previousRatedOn）", false, problems);
		LocalDate applied = date(appliedOn, "申请日期（appliedOn）", true, problems);
		String text = FreeText.required(circumstances, "致残经过（circumstances）", 1000, problems);
		boolean conscript = Boolean.TRUE.equals(conscriptOrJunior);
		if (k != null) {
			RatingRules.checkApplication(k, injured, null, previousGrade, previous, applied, problems);
		}
		if (n == DisabilityNature.ILLNESS && !conscript) {
			problems.add("残疾性质：因病致残只评定义务兵和初级士官（军人抚恤优待条例第二十二条）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RatingApplication(personId, k, n, conscript, injured, k == RatingKind.ADJUST ? previousGrade : null,
				k == RatingKind.ADJUST ? previous : null, text, applied);
	}

	private static <T> T parse(java.util.function.Supplier<T> parse, List<String> problems) {
		try {
			return parse.get();
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
			return null;
		}
	}

	static LocalDate date(String text, String what, boolean required, List<String> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add("请填写" + what + "，如 2020-09-30");
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(what + "应为日期，如 2020-09-30，「" + text.strip() + "」不符合");
			return null;
		}
	}
}

package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * Which people a neighbour asks the registry for ({@link PeopleQuery}), and whom a visit campaign draws: people holding
 * any of the categories, of an age on a date, with a disability grade in a range, living under a region. A null or
 * empty part is no bound. Categories match across the dated sets: a rule naming the 2024 退役军人 also finds people
 * recorded under the 2019 复员军人 and 退伍军人, and the reverse.
 * <p>
 * The registry holds the living: a person whose death was recorded has left it, and neighbours learn of it from
 * {@link PersonDied}.
 *
 * @param categories category codes of any set (see {@link CategoryCatalogue})
 * @param agesOn the date the ages are counted on; required with an age bound
 * @param minGrade the most severe grade looked for (1 is the most severe), with {@code maxGrade} the least
 * @param region a region code at any level, inside the caller's scope; null for the whole scope
 */
public record PersonRule(List<String> categories, Integer minAge, Integer maxAge, LocalDate agesOn, Integer minGrade,
		Integer maxGrade, String region) {

	public PersonRule {
		categories = categories == null ? List.of() : List.copyOf(categories);
		List<String> problems = new ArrayList<>();
		if (minAge != null && (minAge < 0 || minAge > 130) || maxAge != null && (maxAge < 0 || maxAge > 130)) {
			problems.add("年龄应在 0 至 130 岁之间");
		}
		else if (minAge != null && maxAge != null && minAge > maxAge) {
			problems.add("最小年龄（" + minAge + "）不能大于最大年龄（" + maxAge + "）");
		}
		if ((minAge != null || maxAge != null) && agesOn == null) {
			problems.add("按年龄筛选时须给出计算年龄的日期");
		}
		if (minGrade != null && (minGrade < 1 || minGrade > 10) || maxGrade != null && (maxGrade < 1 || maxGrade > 10)) {
			problems.add("残疾等级应为 1 至 10 级");
		}
		else if (minGrade != null && maxGrade != null && minGrade > maxGrade) {
			problems.add("残疾等级下限（" + minGrade + "级）不能大于上限（" + maxGrade + "级）");
		}
		if (region != null && !region.isBlank() && !region.strip().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			problems.add("行政区划代码（" + region.strip() + "）应为 2、4、6、9 或 12 位数字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		region = region == null || region.isBlank() ? null : region.strip();
	}

	/** Everyone in the caller's scope. */
	public static PersonRule everyone() {
		return new PersonRule(List.of(), null, null, null, null, null, null);
	}

	/** People holding any of these categories (codes of any set). */
	public static PersonRule holding(String... categories) {
		return everyone().withCategories(List.of(categories));
	}

	public PersonRule withCategories(List<String> codes) {
		return new PersonRule(codes, minAge, maxAge, agesOn, minGrade, maxGrade, region);
	}

	/** Aged {@code min} to {@code max} years (either may be null) on a date. */
	public PersonRule aged(Integer min, Integer max, LocalDate on) {
		return new PersonRule(categories, min, max, on, minGrade, maxGrade, region);
	}

	/** With a disability grade from {@code mostSevere} to {@code leastSevere} (either may be null). */
	public PersonRule graded(Integer mostSevere, Integer leastSevere) {
		return new PersonRule(categories, minAge, maxAge, agesOn, mostSevere, leastSevere, region);
	}

	/** Living under a region (a prefix of their township or village code). */
	public PersonRule under(String regionCode) {
		return new PersonRule(categories, minAge, maxAge, agesOn, minGrade, maxGrade, regionCode);
	}

	/** Born on or before this date: at least {@code minAge} on {@code agesOn}. */
	public LocalDate bornOnOrBefore() {
		return minAge == null ? null : agesOn.minusYears(minAge);
	}

	/** Born after this date: at most {@code maxAge} on {@code agesOn}. */
	public LocalDate bornAfter() {
		return maxAge == null ? null : agesOn.minusYears(maxAge + 1L);
	}
}

package cn.shuangyong.placement.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a post asks of the soldier who takes it: a lowest level of schooling, an age not above so many years on the
 * day of the choice, and a sex only where the law allows one. 《就业促进法》Art. 27 forbids refusing women a post
 * except for work the state's rules keep them from (《女职工劳动保护特别规定》, its annex), so a sex limit must name
 * that basis. A soldier may take only a post whose requirements they meet; {@link #closedTo} says why not.
 */
public record Requirements(Education minEducation, Integer maxAge, Sex sex, String sexBasis) {

	public static final Requirements NONE = new Requirements(null, null, null, null);

	/** The requirements as entered; the problems found are added to {@code problems}. */
	public static Requirements of(String minEducation, Integer maxAge, String sex, String sexBasis,
			List<String> problems) {
		Education education = null;
		if (minEducation != null && !minEducation.isBlank()) {
			try {
				education = Education.valueOf(minEducation.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("学历要求（minEducation）应为 JUNIOR_MIDDLE、SENIOR_HIGH、JUNIOR_COLLEGE、BACHELOR 或 "
						+ "POSTGRADUATE，「" + minEducation + "」不符合");
			}
		}
		if (maxAge != null && (maxAge < 18 || maxAge > 60)) {
			problems.add("年龄上限（maxAge）应在18至60周岁之间，「" + maxAge + "」不符合");
		}
		Sex limited = null;
		if (sex != null && !sex.isBlank()) {
			try {
				limited = Sex.valueOf(sex.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("性别要求（sex）应为 MALE 或 FEMALE，「" + sex + "」不符合");
			}
		}
		String basis = sexBasis == null ? "" : sexBasis.strip();
		if (limited != null && basis.isEmpty()) {
			problems.add("限定性别（sex）须写明法律依据（sexBasis），如《女职工劳动保护特别规定》附录所列禁忌从事的劳动");
		}
		if (basis.length() > 200) {
			problems.add("性别要求的依据（sexBasis）不超过200字");
		}
		return new Requirements(education, maxAge, limited, limited == null || basis.isEmpty() ? null : basis);
	}

	public boolean any() {
		return minEducation != null || maxAge != null || sex != null;
	}

	/** Why the post is closed to a soldier on the day of the choice, or empty when they meet every requirement. */
	public Optional<String> closedTo(Education education, Sex soldierSex, LocalDate born, LocalDate on) {
		List<String> reasons = new ArrayList<>();
		if (minEducation != null) {
			if (education == null) {
				reasons.add("岗位要求" + minEducation.chinese() + "及以上学历，该士兵档案未登记学历");
			}
			else if (!education.atLeast(minEducation)) {
				reasons.add("岗位要求" + minEducation.chinese() + "及以上学历，该士兵为" + education.chinese());
			}
		}
		if (maxAge != null) {
			int age = Period.between(born, on).getYears();
			if (age > maxAge) {
				reasons.add("岗位要求年龄不超过" + maxAge + "周岁，该士兵" + age + "周岁");
			}
		}
		if (sex != null && soldierSex != sex) {
			reasons.add("岗位限" + sex.chinese() + "性（" + sexBasis + "）");
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("；", reasons));
	}

	/** The requirements in a line: 大专及以上学历；年龄不超过35周岁；限男性. */
	public String described() {
		List<String> parts = new ArrayList<>();
		if (minEducation != null) {
			parts.add(minEducation.chinese() + "及以上学历");
		}
		if (maxAge != null) {
			parts.add("年龄不超过" + maxAge + "周岁");
		}
		if (sex != null) {
			parts.add("限" + sex.chinese() + "性");
		}
		return String.join("；", parts);
	}
}

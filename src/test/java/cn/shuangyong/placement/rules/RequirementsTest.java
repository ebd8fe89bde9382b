package cn.shuangyong.placement.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsTest {

	private static final LocalDate CHOICE_DAY = LocalDate.of(2020, 9, 30);

	@Test
	void aPostIsClosedToASoldierBelowItsSchoolingOverItsAgeOrOfTheOtherSexAndSaysWhy() {
		Requirements post = requirements("JUNIOR_COLLEGE", 35, "MALE", "《女职工劳动保护特别规定》附录第一项");
		LocalDate born35 = LocalDate.of(1985, 9, 30);
		LocalDate born36 = LocalDate.of(1984, 9, 30);
		assertThat(post.closedTo(Education.JUNIOR_COLLEGE, Sex.MALE, born35, CHOICE_DAY)).isEmpty();
		assertThat(post.closedTo(Education.BACHELOR, Sex.MALE, born35.plusDays(1), CHOICE_DAY)).isEmpty();
		assertThat(post.closedTo(Education.SENIOR_HIGH, Sex.MALE, born35, CHOICE_DAY))
			.hasValue("岗位要求大专及以上学历，该士兵为高中（中专、技校）");
		assertThat(post.closedTo(null, Sex.MALE, born35, CHOICE_DAY)).get().asString().contains("未登记学历");
		assertThat(post.closedTo(Education.BACHELOR, Sex.MALE, born36, CHOICE_DAY).orElseThrow())
			.isEqualTo("岗位要求年龄不超过35周岁，该士兵36周岁");
		assertThat(post.closedTo(Education.BACHELOR, Sex.FEMALE, born35, CHOICE_DAY).orElseThrow())
			.startsWith("岗位限男性").contains("女职工劳动保护特别规定");
		assertThat(post.described()).isEqualTo("大专及以上学历；年龄不超过35周岁；限男性");
		assertThat(Requirements.NONE.closedTo(null, null, born35, CHOICE_DAY)).isEmpty();
	}

	@Test
	void aSexLimitNeedsItsLegalBasisAndBadValuesAreNamed() {
		List<String> problems = new ArrayList<>();
		Requirements.of("PHD", 70, "MALE", " ", problems);
		assertThat(problems).hasSize(3).anyMatch(p -> p.contains("minEducation")).anyMatch(p -> p.contains("maxAge"))
			.anyMatch(p -> p.contains("sexBasis"));
		problems.clear();
		Requirements.of(null, null, "X", null, problems);
		assertThat(problems).singleElement().asString().contains("sex");
	}

	private static Requirements requirements(String education, Integer age, String sex, String basis) {
		List<String> problems = new ArrayList<>();
		Requirements requirements = Requirements.of(education, age, sex, basis, problems);
		assertThat(problems).isEmpty();
		return requirements;
	}
}

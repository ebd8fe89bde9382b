package cn.shuangyong.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.placement.rules.Eligibility;
import cn.shuangyong.placement.rules.Ground;
import cn.shuangyong.placement.rules.Education;
import cn.shuangyong.placement.rules.Sex;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A soldier handed over to the office: name, dates, the ground of the right to a job with its article under the
 * statute in force on the discharge date, and an honour title where they hold one (placed first, unscored).
 */
public record NewSoldier(SoldierName name, LocalDate born, LocalDate enlisted, LocalDate discharged,
		Eligibility eligibility, String honour, boolean demo, Education education, Sex sex) {

	public static NewSoldier of(String name, LocalDate born, LocalDate enlisted, LocalDate discharged, String ground,
			String honour, boolean demo) {
		return of(name, born, enlisted, discharged, ground, honour, demo, null, null);
	}

	/** With the schooling and sex of the soldier's file, which a post's requirements are checked against. */
	public static NewSoldier of(String name, LocalDate born, LocalDate enlisted, LocalDate discharged, String ground,
			String honour, boolean demo, String education, String sex) {
		List<String> problems = new ArrayList<>();
		Education schooling = null;
		if (education != null && !education.isBlank()) {
			try {
				schooling = Education.valueOf(education.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("学历（education）应为 JUNIOR_MIDDLE、SENIOR_HIGH、JUNIOR_COLLEGE、BACHELOR 或 POSTGRADUATE，「"
						+ education + "」不符合");
			}
		}
		Sex recorded = null;
		if (sex != null && !sex.isBlank()) {
			try {
				recorded = Sex.valueOf(sex.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add("性别（sex）应为 MALE 或 FEMALE，「" + sex + "」不符合");
			}
		}
		String clean = FreeText.required(name, "姓名", 40, problems);
		if (born == null || enlisted == null || discharged == null) {
			problems.add("须填写出生日期、入伍日期和退役日期");
		}
		else if (!enlisted.isAfter(born) || !discharged.isAfter(enlisted)) {
			problems.add("日期应依次为出生、入伍、退役");
		}
		Ground claimed = null;
		try {
			claimed = Ground.valueOf(FreeText.clean(ground));
		}
		catch (IllegalArgumentException ex) {
			problems.add("安排工作条件无效：「" + ground + "」");
		}
		String title = FreeText.clean(honour);
		if (title.length() > 60 || FreeText.hasControl(title)) {
			problems.add("荣誉称号不超过60字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewSoldier(new SoldierName(clean), born, enlisted, discharged, Eligibility.of(discharged, claimed),
				title.isEmpty() ? null : title, demo, schooling, recorded);
	}
}

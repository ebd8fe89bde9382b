package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * What the military liaison or the office enters for a child. The child's ID number is personal data: encrypted when
 * stored, shown masked.
 *
 * @param regionCode the county where the family lives or the unit is stationed, whose 教育局 decides
 */
public record NewApplication(String childName, IdNumber idNumber, Stage stage, Basis basis, Long soldierUnitId,
		String regionCode, String wishedSchool, String documents, Term term) {

	public static NewApplication of(String childName, String idNumber, String stage, String basis, Long soldierUnitId,
			String regionCode, String wishedSchool, String documents, Integer termYear, String season) {
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(childName, "子女姓名", 50, problems);
		IdNumber id = null;
		IdNumberResult parsed = IdNumber.parse(idNumber, LocalDate.now());
		if (parsed.isValid()) {
			id = parsed.idNumber();
		}
		else {
			parsed.problems().forEach(p -> problems.add("身份证号：" + p));
		}
		Stage school = collect(() -> Stage.parse(stage), problems);
		Basis why = collect(() -> Basis.parse(basis), problems);
		if (why != null && why.needsUnit() && soldierUnitId == null) {
			problems.add("请选择军人所在部队");
		}
		if (regionCode == null || !regionCode.strip().matches("\\d{6}")) {
			problems.add("请选择入学地区，县市区");
		}
		String wished = FreeText.required(wishedSchool, "意向学校", 100, problems);
		String papers = FreeText.clean(documents);
		if (papers.length() > 500 || FreeText.hasControl(documents)) {
			problems.add("证明材料不超过500字，且不含非法字符");
		}
		Term term = collect(() -> Term.of(termYear, season), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewApplication(name, id, school, why, soldierUnitId, regionCode.strip(), wished,
				papers.isEmpty() ? null : papers, term);
	}

	private static <T> T collect(Supplier<T> read, List<String> problems) {
		try {
			return read.get();
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
			return null;
		}
	}
}

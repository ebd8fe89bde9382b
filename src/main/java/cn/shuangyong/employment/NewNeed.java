package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * What a military unit's liaison enters to register a spouse who needs work. The ID number and phone are personal
 * data: they are encrypted when stored and shown masked.
 *
 * @param regionCode where she wishes to work, a prefecture or county
 */
public record NewNeed(String spouseName, IdNumber idNumber, PhoneNumber phone, long soldierUnitId, Education education,
		String skills, WorkKind workKind, String regionCode, LocalDate arrivedOn) {

	/** Reads the form or the API body, naming every field that is wrong; {@code today} bounds the arrival date. */
	public static NewNeed of(String spouseName, String idNumber, String phone, Long soldierUnitId, String education,
			String skills, String workKind, String regionCode, LocalDate arrivedOn, LocalDate today) {
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(spouseName, "家属姓名", 50, problems);
		IdNumber id = null;
		IdNumberResult parsed = IdNumber.parse(idNumber, LocalDate.now());
		if (parsed.isValid()) {
			id = parsed.idNumber();
		}
		else {
			parsed.problems().forEach(p -> problems.add("身份证号：" + p));
		}
		PhoneNumber number = null;
		if (phone != null && !phone.isBlank()) {
			try {
				number = PhoneNumber.parse(phone);
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> problems.add("联系电话：" + p));
			}
		}
		if (soldierUnitId == null) {
			problems.add("请选择军人所在部队");
		}
		Education school = collect(() -> Education.parse(education, "学历"), problems);
		WorkKind work = collect(() -> WorkKind.parse(workKind, "意向工作类别"), problems);
		String skillText = FreeText.clean(skills);
		if (skillText.length() > 500 || FreeText.hasControl(skills)) {
			problems.add("专业技能不超过500字，且不含非法字符");
		}
		if (regionCode == null || !regionCode.strip().matches("\\d{4}|\\d{6}")) {
			problems.add("请选择意向就业地区，州市或县市区");
		}
		if (arrivedOn == null) {
			problems.add("请填写随军到达日期");
		}
		else if (arrivedOn.isAfter(today)) {
			problems.add("随军到达日期不能晚于登记日期 " + today);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewNeed(name, id, number, soldierUnitId, school, skillText.isEmpty() ? null : skillText, work,
				regionCode.strip(), arrivedOn);
	}

	static <T> T collect(java.util.function.Supplier<T> read, List<String> problems) {
		try {
			return read.get();
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
			return null;
		}
	}
}

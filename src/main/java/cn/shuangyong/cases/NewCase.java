package cn.shuangyong.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A grievance as registered: how it came, its category, what it is about, and the person, whose ID number and phone
 * are optional (a letter may carry neither) but checked when given. The person is either one of the registry's
 * (chosen by their registry id, or found by the ID number), whose name the registry gives, or new, typed in.
 *
 * @param personName null when the registry is to give it
 * @param registryPersonId the person chosen from the registry, or null
 */
public record NewCase(CaseSource source, String categoryCode, String summary, String personName, IdNumber idNumber,
		PhoneNumber phone, LocalDate receivedOn, String leaderName, Long registryPersonId) {

	@Override
	public String toString() {
		return "NewCase[" + source + ", " + categoryCode + ", " + receivedOn + "]";
	}

	public static NewCase of(String source, String category, String summary, String personName, String idNumber,
			String phone, LocalDate receivedOn, String leaderName, LocalDate today) {
		return of(source, category, summary, personName, idNumber, phone, receivedOn, leaderName, null, today);
	}

	public static NewCase of(String source, String category, String summary, String personName, String idNumber,
			String phone, LocalDate receivedOn, String leaderName, Long registryPersonId, LocalDate today) {
		List<String> problems = new ArrayList<>();
		CaseSource parsed = null;
		for (CaseSource s : CaseSource.values()) {
			if (s.name().equalsIgnoreCase(source == null ? "" : source.strip())) {
				parsed = s;
			}
		}
		if (parsed == null) {
			problems.add("来源：请选择信访、热线、来访、来信或领导批示");
		}
		if (category == null || category.isBlank()) {
			problems.add("类别：请选择");
		}
		String cleanSummary = FreeText.required(summary, "诉求摘要", 4000, problems);
		boolean registry = registryPersonId != null || (idNumber != null && !idNumber.isBlank());
		String name = registry && (personName == null || personName.isBlank()) ? null
				: FreeText.required(personName, "当事人姓名", 100, problems);
		if (registryPersonId != null && registryPersonId <= 0) {
			problems.add("优抚对象：编号须为正整数");
		}
		IdNumber id = null;
		if (idNumber != null && !idNumber.isBlank()) {
			IdNumberResult result = IdNumber.parse(idNumber, today);
			if (result.isValid()) {
				id = result.idNumber();
			}
			else {
				result.problems().forEach(p -> problems.add("身份证号：" + p));
			}
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
		if (receivedOn == null) {
			problems.add("登记日期：请填写");
		}
		else if (receivedOn.isAfter(today)) {
			problems.add("登记日期：不能晚于今天（" + today + "）");
		}
		String leader = leaderName == null || leaderName.isBlank() ? null
				: FreeText.required(leaderName, "包案领导", 50, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewCase(parsed, category.strip().toUpperCase(), cleanSummary, name, id, number, receivedOn, leader,
				registryPersonId);
	}
}

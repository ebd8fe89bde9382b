package cn.shuangyong.consultations;

import cn.shuangyong.shared.FreeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/** A decision recorded from the minutes: what was agreed, who leads, who helps, by when. */
public record NewDecision(String text, List<Long> leadUnitIds, List<Long> cooperatingUnitIds, LocalDate deadline) {

	public static NewDecision of(String text, List<Long> leads, List<Long> cooperating, LocalDate deadline) {
		List<String> problems = new ArrayList<>();
		String clean = FreeText.clean(text);
		if (clean.isEmpty() || clean.length() > 2000 || FreeText.hasControl(text)) {
			problems.add("议定事项不能为空，不超过2000字，且不含非法字符");
		}
		if (leads == null || leads.isEmpty()) {
			problems.add("请选择牵头单位");
		}
		if (deadline == null) {
			problems.add("请填写完成时限");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Long> leadIds = leads.stream().distinct().toList();
		return new NewDecision(clean, leadIds, cooperating == null ? List.of()
				: cooperating.stream().filter(id -> !leadIds.contains(id)).distinct().toList(), deadline);
	}
}

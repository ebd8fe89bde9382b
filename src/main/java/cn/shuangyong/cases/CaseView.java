package cn.shuangyong.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as its page and the API show it: the case (personal data masked), the names of its category, units and
 * region, whether it is past its limit, its age in days, whether it is old (on the red list by age), when a 攻坚 case's
 * next monthly report is due and whether that is past, and its timeline.
 */
public record CaseView(GrievanceCase grievance, String categoryLabel, String officeName, String handlingName,
		String regionName, boolean overdue, long ageDays, boolean old, LocalDate reportDue, boolean reportLate,
		List<CaseStep> steps) {

	/** On the leaders' red list: old, or a 攻坚 case past its monthly report. */
	public boolean red() {
		return old || reportLate;
	}
}

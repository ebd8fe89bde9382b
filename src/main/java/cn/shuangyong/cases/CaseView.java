package cn.shuangyong.cases;

import java.util.List;

/**
 * A case as its page and the API show it: the case (personal data masked), the names of its category, units and
 * region, whether it is past its limit, and its timeline.
 */
public record CaseView(GrievanceCase grievance, String categoryLabel, String officeName, String handlingName,
		String regionName, boolean overdue, List<CaseStep> steps) {
}

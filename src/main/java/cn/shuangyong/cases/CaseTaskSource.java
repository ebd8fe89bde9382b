package cn.shuangyong.cases;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A case is handled as a supervision task of its handling unit, due on its answer limit: supervision reminds, urges
 * and escalates it along the urging ladder like any other task, and the task leads back to the case.
 */
@Component
class CaseTaskSource implements TaskSource {

	@Override
	public String code() {
		return "GRIEVANCE_CASE";
	}

	@Override
	public String label() {
		return "矛盾问题化解";
	}

	@Override
	public String href(long caseId) {
		return "/cases/" + caseId;
	}
}

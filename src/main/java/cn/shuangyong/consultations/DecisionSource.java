package cn.shuangyong.consultations;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/** The task of a meeting's decision leads back to the decision on its meeting's page. */
@Component
class DecisionSource implements TaskSource {

	@Override
	public String code() {
		return "CONSULTATION";
	}

	@Override
	public String label() {
		return "会商议定事项";
	}

	@Override
	public String href(long decisionId) {
		return "/consultations/decisions/" + decisionId;
	}
}

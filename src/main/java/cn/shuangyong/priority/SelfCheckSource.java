package cn.shuangyong.priority;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/** A department's self-check in a campaign is a task; it leads back to the campaign's board. */
@Component
class SelfCheckSource implements TaskSource {

	@Override
	public String code() {
		return "PRIORITY_SELF_CHECK";
	}

	@Override
	public String label() {
		return "军人依法优先自查";
	}

	@Override
	public String href(long selfCheckId) {
		return "/priority/self-checks/" + selfCheckId;
	}
}

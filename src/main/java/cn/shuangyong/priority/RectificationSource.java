package cn.shuangyong.priority;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A failed finding is put right as a task of the place's department: it reports what it did with its evidence, and
 * the inspecting office re-checks and signs the task off, which closes the finding.
 */
@Component
class RectificationSource implements TaskSource {

	@Override
	public String code() {
		return "PRIORITY_FINDING";
	}

	@Override
	public String label() {
		return "军人依法优先整改";
	}

	@Override
	public String href(long findingId) {
		return "/priority/findings/" + findingId;
	}
}

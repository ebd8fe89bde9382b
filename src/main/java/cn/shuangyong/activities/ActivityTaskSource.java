package cn.shuangyong.activities;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A planned activity is a supervision task of each participating unit until the organiser's report is accepted:
 * supervision reminds, urges and colours it like any other task, and the task leads back to the activity.
 */
@Component
class ActivityTaskSource implements TaskSource {

	@Override
	public String code() {
		return "ACTIVITY";
	}

	@Override
	public String label() {
		return "双拥活动";
	}

	@Override
	public String href(long activityId) {
		return "/activities/" + activityId;
	}
}

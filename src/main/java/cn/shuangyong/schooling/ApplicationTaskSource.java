package cn.shuangyong.schooling;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * An application is a supervision task of the 教育局 that must decide it, due on its decide-by day; a review asked for
 * is a task of the reviewing 教育局. Each task leads back to the application.
 */
@Component
class ApplicationTaskSource implements TaskSource {

	@Override
	public String code() {
		return "SCHOOL_PLACE";
	}

	@Override
	public String label() {
		return "子女入学优待";
	}

	@Override
	public String href(long applicationId) {
		return "/schooling/applications/" + applicationId;
	}
}

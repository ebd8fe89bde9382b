package cn.shuangyong.employment;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A spouse's case is a supervision task of its responsible 人社局 until it closes, due on the case's time limit:
 * supervision reminds, urges and colours it like any other task, and the task leads back to the case.
 */
@Component
class NeedTaskSource implements TaskSource {

	@Override
	public String code() {
		return "SPOUSE_EMPLOYMENT";
	}

	@Override
	public String label() {
		return "随军家属就业";
	}

	@Override
	public String href(long needId) {
		return "/employment/cases/" + needId;
	}
}

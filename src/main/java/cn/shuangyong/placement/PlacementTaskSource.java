package cn.shuangyong.placement;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/**
 * A legal deadline of placement followed as a supervision task of the placing office: supervision reminds, urges and
 * escalates it like any other task, and the task leads back to the round it came from.
 */
@Component
class PlacementTaskSource implements TaskSource {

	@Override
	public String code() {
		return "PLACEMENT";
	}

	@Override
	public String label() {
		return "退役士兵安置";
	}

	@Override
	public String href(long roundId) {
		return "/placement/rounds/" + roundId;
	}
}

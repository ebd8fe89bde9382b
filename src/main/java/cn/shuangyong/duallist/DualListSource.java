package cn.shuangyong.duallist;

import cn.shuangyong.supervision.TaskSource;
import org.springframework.stereotype.Component;

/** The task of an accepted double-list entry leads back to the entry. */
@Component
class DualListSource implements TaskSource {

	@Override
	public String code() {
		return "DUAL_LIST";
	}

	@Override
	public String label() {
		return "双拥清单";
	}

	@Override
	public String href(long entryId) {
		return "/dual-lists/entries/" + entryId;
	}
}

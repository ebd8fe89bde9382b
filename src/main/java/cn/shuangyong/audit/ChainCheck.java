package cn.shuangyong.audit;

import java.util.List;

/** The result of walking the hash chain: how many entries were checked, and the ids that do not fit. */
public record ChainCheck(long checked, List<Long> brokenIds) {

	public boolean intact() {
		return brokenIds.isEmpty();
	}
}

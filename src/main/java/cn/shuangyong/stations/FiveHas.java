package cn.shuangyong.stations;

import java.util.ArrayList;
import java.util.List;

/**
 * The 五有 standard for 退役军人服务中心(站) and 双拥 offices: 有机构、有编制、有人员、有经费、有保障 (the national
 * wording, Xinhua 2020-12-15; an alternative list seen in some local checklists was not found in any source). A
 * station meets the standard only when it has all five.
 */
public record FiveHas(boolean organisation, boolean posts, boolean staff, boolean funds, boolean support) {

	public boolean complete() {
		return organisation && posts && staff && funds && support;
	}

	/** The criteria not met, in the standard's order, by their Chinese names. */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (!organisation) {
			missing.add("有机构");
		}
		if (!posts) {
			missing.add("有编制");
		}
		if (!staff) {
			missing.add("有人员");
		}
		if (!funds) {
			missing.add("有经费");
		}
		if (!support) {
			missing.add("有保障");
		}
		return missing;
	}
}

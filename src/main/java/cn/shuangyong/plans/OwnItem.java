package cn.shuangyong.plans;

import java.util.List;

/** An item an office adds to its own plan: its text, and the units as documents write them. */
public record OwnItem(String text, List<String> leads, boolean jointLeads, List<String> cooperators,
		List<String> timeNodes) {

	public OwnItem {
		leads = List.copyOf(leads);
		cooperators = List.copyOf(cooperators);
		timeNodes = List.copyOf(timeNodes);
	}
}

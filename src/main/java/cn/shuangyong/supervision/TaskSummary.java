package cn.shuangyong.supervision;

import java.util.List;

/** A task in a list. */
public record TaskSummary(long id, long planId, long itemId, String itemNo, String title, String state,
		List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits) {

	public record UnitRef(long id, String name) {
	}
}

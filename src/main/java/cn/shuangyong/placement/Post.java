package cn.shuangyong.placement;

import cn.shuangyong.placement.rules.Requirements;

/** A post of a round as stored, with the places still free and the requirements checked against the soldier. */
public record Post(long id, long roundId, String unitName, PostUnitKind unitKind, String title, String location,
		String requirements, int placesTotal, int placesLeft, int version, Requirements limits) {

	/** The note and the checked requirements together, as the pages and the API show them. */
	public String requirementsText() {
		String limited = limits.described();
		if (requirements == null) {
			return limited.isEmpty() ? null : limited;
		}
		return limited.isEmpty() ? requirements : limited + "；" + requirements;
	}
}

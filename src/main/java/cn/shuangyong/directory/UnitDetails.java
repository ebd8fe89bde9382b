package cn.shuangyong.directory;

import java.util.List;

/** Everything the unit page shows, apart from staff (kept by the accounts, under data scope). */
public record UnitDetails(Unit unit, String address, String phone, int version, Unit parent, List<Region> lineage,
		List<Unit> children, List<GroupRef> memberOf, GroupRef officeOf, List<Unit> officeGroupMembers,
		List<Alias> aliases) {

	/** A leading group as a link. */
	public record GroupRef(long id, String name, RegionCode regionCode) {
	}

	/** A phrase that means this unit, and where it holds. */
	public record Alias(long id, String phrase, RegionCode scope) {
	}
}

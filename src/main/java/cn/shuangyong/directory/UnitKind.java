package cn.shuangyong.directory;

/** What sort of body a unit is. */
public enum UnitKind {

	/** 双拥办: the standing office of a leading group. */
	OFFICE,
	/** A party or government department, or a people's organisation (妇联, 团委). */
	DEPARTMENT,
	/** A military unit, by its public name only (军分区, 人武部). */
	MILITARY,
	/** 退役军人服务中心, province to county. */
	SERVICE_CENTRE,
	/** 退役军人服务站, township and village. */
	SERVICE_STATION;

	public String messageKey() {
		return "unit.kind." + name();
	}
}

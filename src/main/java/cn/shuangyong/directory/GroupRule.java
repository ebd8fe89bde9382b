package cn.shuangyong.directory;

/**
 * How a group phrase expands to units, relative to a base region (the region of the office whose document uses the
 * phrase, taken at the group's anchor level). Each rule selects unit ids given {@code :base}.
 */
enum GroupRule {

	/** …双拥工作领导小组成员单位, 军地相关单位: the members of the base region's leading group. */
	LEADING_GROUP_MEMBERS("""
			select m.unit_id from directory.leading_group g
			join directory.leading_group_member m on m.leading_group_id = g.id
			where g.region_code = :base"""),

	/** 州及县市双拥工作领导小组成员单位: members at the base level and one level down. */
	LEADING_GROUP_MEMBERS_WITH_CHILDREN("""
			select m.unit_id from directory.leading_group g
			join directory.leading_group_member m on m.leading_group_id = g.id
			join directory.region r on r.code = g.region_code
			where g.region_code = :base or r.parent_code = :base"""),

	/** 县级相关部门 (civilian only): the civilian members of the base region's leading group. */
	LOCAL_MEMBERS("""
			select m.unit_id from directory.leading_group g
			join directory.leading_group_member m on m.leading_group_id = g.id
			join directory.unit u on u.id = m.unit_id
			where g.region_code = :base and u.kind <> 'MILITARY'"""),

	/** 各县市双拥办, 各县（市、区）双拥办: the offices of the leading groups one level down. */
	CHILD_OFFICES("""
			select g.office_unit_id from directory.leading_group g
			join directory.region r on r.code = g.region_code
			where r.parent_code = :base"""),

	/** 各级双拥办: the offices of every leading group at and below the base. */
	ALL_OFFICES("""
			select g.office_unit_id from directory.leading_group g
			where g.region_code like :base || '%'"""),

	/** 州直有关部门, 州直各部门: the departments at the base level. */
	DEPARTMENTS("""
			select u.id from directory.unit u
			where u.region_code = :base and u.kind = 'DEPARTMENT'"""),

	/** 州及县市退役军人事务部门: the veterans affairs departments at the base level and one level down. */
	VETERANS_DEPARTMENTS_WITH_CHILDREN("""
			select u.id from directory.unit u
			join directory.region r on r.code = u.region_code
			where u.duty = 'VETERANS_AFFAIRS' and (u.region_code = :base or r.parent_code = :base)""");

	private final String unitIdsSql;

	GroupRule(String unitIdsSql) {
		this.unitIdsSql = unitIdsSql;
	}

	String unitIdsSql() {
		return unitIdsSql;
	}
}

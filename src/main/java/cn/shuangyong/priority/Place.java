package cn.shuangyong.priority;

/** A service place under inspection, with the department that answers for it. */
public record Place(long id, String name, Sector sector, String regionCode, long departmentUnitId, String address,
		int version) {
}

package cn.shuangyong.priority;

import java.time.LocalDate;

/**
 * A service place under inspection, with the department that answers for it. A retired place (closed, or no longer
 * inspected) keeps its history and is left out of later campaigns.
 */
public record Place(long id, String name, Sector sector, String regionCode, long departmentUnitId, String address,
		LocalDate retiredOn, String retiredReason, int version) {

	public boolean retired() {
		return retiredOn != null;
	}
}

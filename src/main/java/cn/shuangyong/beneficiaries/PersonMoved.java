package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

/**
 * A person's residence or household changed (迁移, joining or leaving a household). A move between counties changes
 * who keeps the person: {@code fromRegion} and {@code toRegion} are township or village codes, the county is their
 * first six digits. When only the household changed, the two regions are equal.
 */
public record PersonMoved(long personId, long fromHouseholdId, long toHouseholdId, String fromRegion, String toRegion,
		LocalDate movedOn) {

	/** True when the person now lives in another county. */
	public boolean changedCounty() {
		return !fromRegion.substring(0, 6).equals(toRegion.substring(0, 6));
	}
}

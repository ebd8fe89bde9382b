package cn.shuangyong.beneficiaries.honours;

/** A household as the honours see it: where it is kept and by which service station. */
public record HouseholdRef(long id, String regionCode, Long stationUnitId) {

	public String countyCode() {
		return regionCode.substring(0, Math.min(6, regionCode.length()));
	}
}

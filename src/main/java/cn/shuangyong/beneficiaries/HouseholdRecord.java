package cn.shuangyong.beneficiaries;

import java.util.List;

/** A household (户) with its members, the head first: the unit a honour plaque belongs to. */
public record HouseholdRecord(long id, String regionCode, Long stationUnitId, List<PersonRecord> members) {

	public HouseholdRecord {
		members = List.copyOf(members);
	}

	public PersonRecord head() {
		return members.stream().filter(PersonRecord::householdHead).findFirst().orElseThrow();
	}
}

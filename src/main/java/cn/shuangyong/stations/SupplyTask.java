package cn.shuangyong.stations;

import java.time.LocalDate;

/** A supply task for troops in transit, the requesting side named by its public name only. */
public record SupplyTask(long id, long stationUnitId, String regionCode, long requestingUnitId, String troopName,
		LocalDate onDate, int people, int meals, int beds, SupplyTaskState state, Integer servedPeople,
		Integer servedMeals, int version) {
}

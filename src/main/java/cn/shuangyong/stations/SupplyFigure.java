package cn.shuangyong.stations;

/**
 * A station's year: how many tasks, how many closed, the people and meals served, and how long, on average, the
 * station took to accept a request (hours).
 */
public record SupplyFigure(long stationUnitId, String station, int year, int tasks, int closed, int peopleServed,
		int mealsServed, Double responseHours) {
}

package cn.shuangyong.stations;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A 军供站 and what it can serve in one day: meals and beds, with its staff and location. A day's open tasks (asked
 * for or accepted) may not together ask for more than that.
 */
public record SupplyStation(long unitId, String name, String regionCode, int meals, int beds, int staff,
		String location, int version) {

	/** Refuses a task that, with what is already booked that day, would pass the station's meals or beds. */
	void refuseOverCapacity(int bookedMeals, int bookedBeds, int meals, int beds) {
		if (bookedMeals + meals > this.meals) {
			throw new InvalidInputException("军供站当日供餐能力已满：能力 " + this.meals + " 份，已安排 " + bookedMeals
					+ " 份，本次申请 " + meals + " 份");
		}
		if (bookedBeds + beds > this.beds) {
			throw new InvalidInputException("军供站当日床位已满：共 " + this.beds + " 张，已安排 " + bookedBeds + " 张，本次申请 "
					+ beds + " 张");
		}
	}
}

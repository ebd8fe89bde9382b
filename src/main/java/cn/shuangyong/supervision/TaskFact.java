package cn.shuangyong.supervision;

import java.time.LocalDate;

/** A task as figures count it: where it is worked, by whom, how far, and its standing at the business date. */
public record TaskFact(long id, long planId, long itemId, String regionCode, Long leadUnitId, TaskState state,
		LocalDate deadline, LocalDate signedOffOn, TaskStanding standing) {

	/** 红黄绿, read off the standing. */
	public TaskColour colour() {
		return standing.colour();
	}

	public boolean signedOff() {
		return state == TaskState.SIGNED_OFF;
	}

	/** Overdue at the end of a day: past its deadline then, and not signed off by then. */
	public boolean overdueAt(LocalDate day) {
		return day.isAfter(deadline) && (signedOffOn == null || signedOffOn.isAfter(day));
	}
}

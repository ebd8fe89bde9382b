package cn.shuangyong.beneficiaries.visits;

import java.time.LocalDate;

import cn.shuangyong.calendar.TimeNode;
import cn.shuangyong.calendar.WorkingDayCalendar;

/**
 * The two festivals of the yearly visits (军人地位和权益保障法 Art. 30; seed item 6: 八一、春节进行走访慰问). Dates come
 * from the calendar's time nodes: the festival itself, and its eve (前夕, the last working day before it) by which
 * the visits are done.
 */
public enum CampaignKind {
	BAYI("八一", "八一前夕"), SPRING_FESTIVAL("春节", "春节前夕");

	private final String festival;

	private final String eve;

	CampaignKind(String festival, String eve) {
		this.festival = festival;
		this.eve = eve;
	}

	public String label() {
		return festival;
	}

	public LocalDate festivalIn(int year, WorkingDayCalendar calendar) {
		return TimeNode.parse(festival).orElseThrow().in(year, calendar);
	}

	public LocalDate visitBy(int year, WorkingDayCalendar calendar) {
		return TimeNode.parse(eve).orElseThrow().in(year, calendar);
	}
}

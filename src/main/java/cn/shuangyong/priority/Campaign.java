package cn.shuangyong.priority;

import java.time.LocalDate;

/** An office's inspection campaign of one year, over the places in its region. */
public record Campaign(long id, int year, String title, long officeUnitId, String regionCode, LocalDate startsOn,
		LocalDate selfCheckBy, CampaignPhase phase, int version) {
}

package cn.shuangyong.pensions.accounts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 暂停发放: an account not paid from a month (a criminal sentence, 军人抚恤优待条例 2024 Art. 59) until it is resumed.
 * A resumption names the first month paid again, so {@code until} is the month before it; the months between are
 * not paid back, since a break the holder caused is not back-paid (伤残抚恤管理办法 Art. 23). A suspension found
 * unwarranted (the judgement quashed) is {@code voided} on resumption: its months are due again and the next roll pays
 * them back.
 */
public record Suspension(long id, long accountId, long personId, String entitlement, YearMonth from, YearMonth until,
		LocalDate decidedOn, String reason, LocalDate resumedOn, String resumeReason, boolean voided, int version) {

	/** True while the account is not paid and no resumption was entered. */
	public boolean open() {
		return until == null && !voided;
	}

	/** True when the month is not due under this suspension. */
	public boolean covers(YearMonth month) {
		return !voided && !month.isBefore(from) && (until == null || !month.isAfter(until));
	}
}

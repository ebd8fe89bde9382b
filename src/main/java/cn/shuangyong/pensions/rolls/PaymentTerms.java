package cn.shuangyong.pensions.rolls;

import java.time.YearMonth;
import java.util.List;

import cn.shuangyong.pensions.Entitlement;

/**
 * The terms an account is paid on: what for, from which month, up to which month (a death or a stop; null while it
 * runs), the months suspended (a criminal sentence), and the month up to which payment was settled before the
 * platform took the account over (null when the platform paid it from the first month).
 */
public record PaymentTerms(long accountId, Entitlement entitlement, YearMonth firstMonth, YearMonth lastMonth,
		List<Suspension> suspensions, YearMonth settledThrough) {

	/** Months not due, from {@code from} to {@code until} (null while the suspension lasts), both included. */
	public record Suspension(YearMonth from, YearMonth until) {

		boolean covers(YearMonth month) {
			return !month.isBefore(from) && (until == null || !month.isAfter(until));
		}
	}

	public PaymentTerms {
		suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
	}

	/** True when the month is paid under these terms. */
	public boolean due(YearMonth month) {
		return !month.isBefore(firstMonth) && (lastMonth == null || !month.isAfter(lastMonth))
				&& suspensions.stream().noneMatch(s -> s.covers(month));
	}

	/** True when the month is left as settled before the platform: never reconsidered for arrears or recovery. */
	boolean settled(YearMonth month) {
		return settledThrough != null && !month.isAfter(settledThrough);
	}
}

package cn.shuangyong.employment;

import java.time.LocalDate;

/**
 * The time within which a spouse's need must be settled, counted in months from its registration. The sources set
 * no figure; six months is the platform's default, set by {@code shuangyong.employment.time-limit-months}.
 */
record TimeLimit(int months) {

	TimeLimit {
		if (months < 1 || months > 36) {
			throw new IllegalArgumentException("随军家属就业办理时限应为 1 至 36 个月：" + months);
		}
	}

	LocalDate deadline(LocalDate registeredOn) {
		return registeredOn.plusMonths(months);
	}

	/** Open past its deadline: the day after the deadline is the first day overdue. */
	static boolean overdue(LocalDate deadline, boolean closed, LocalDate today) {
		return !closed && today.isAfter(deadline);
	}

	/** Open and due within the warning days (the deadline itself included), not yet overdue. */
	static boolean dueSoon(LocalDate deadline, boolean closed, LocalDate today, int warningDays) {
		return !closed && !today.isAfter(deadline) && !today.plusDays(warningDays).isBefore(deadline);
	}
}

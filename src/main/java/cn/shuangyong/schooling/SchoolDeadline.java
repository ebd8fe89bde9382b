package cn.shuangyong.schooling;

import java.time.LocalDate;

/**
 * When the 教育局 must decide, and when an open case turns red. The sources set neither figure: the days to decide
 * ({@code shuangyong.schooling.decision-days}, 20 by default) and how near the start of term an open case turns red
 * ({@code shuangyong.schooling.warning-days}, 14 by default) are settings.
 */
record SchoolDeadline(int decisionDays, int warningDays) {

	SchoolDeadline {
		if (decisionDays < 1 || decisionDays > 120 || warningDays < 0 || warningDays > 90) {
			throw new IllegalArgumentException("入学申请办理时限应为 1 至 120 天，开学前预警天数应为 0 至 90 天");
		}
	}

	LocalDate decideBy(LocalDate appliedOn) {
		return appliedOn.plusDays(decisionDays);
	}

	/** Red: still open when the term is near or has begun, or past the day it had to be decided by. */
	boolean red(ApplicationState state, LocalDate decideBy, LocalDate termStart, LocalDate today) {
		return state.open() && (!today.isBefore(termStart.minusDays(warningDays)) || today.isAfter(decideBy));
	}
}

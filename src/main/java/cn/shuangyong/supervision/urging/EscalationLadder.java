package cn.shuangyong.supervision.urging;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;

/**
 * Which step a task is due for today, if any; at most one per day, so a long-overdue task climbs the ladder
 * rather than jumping to 督办. See {@link EscalationSettings} for the delays.
 */
final class EscalationLadder {

	private final EscalationSettings settings;

	private final WorkingDayCalendar calendar;

	EscalationLadder(EscalationSettings settings, WorkingDayCalendar calendar) {
		this.settings = settings;
		this.calendar = calendar;
	}

	/** @param taken the steps already taken, with the day each was */
	Optional<EscalationStep> due(LocalDate deadline, LocalDate today, Map<EscalationStep, LocalDate> taken) {
		if (!today.isAfter(deadline)) {
			boolean inWindow = calendar.workingDaysBetween(today, deadline) <= settings.remindDaysBefore();
			return inWindow && taken.isEmpty() ? Optional.of(EscalationStep.REMINDER) : Optional.empty();
		}
		EscalationStep last = null;
		for (EscalationStep step : new EscalationStep[] { EscalationStep.TI_XING, EscalationStep.CUI_BAN, EscalationStep.DU_BAN }) {
			if (taken.containsKey(step)) {
				last = step;
			}
		}
		if (last == EscalationStep.DU_BAN) {
			return Optional.empty();
		}
		EscalationStep next = last == null ? EscalationStep.TI_XING : EscalationStep.values()[last.ordinal() + 1];
		if (calendar.workingDaysBetween(deadline, today) < next.delay(settings)) {
			return Optional.empty();
		}
		if (last != null && calendar.workingDaysBetween(taken.get(last), today) < next.delay(settings) - last.delay(settings)) {
			return Optional.empty();
		}
		return Optional.of(next);
	}
}

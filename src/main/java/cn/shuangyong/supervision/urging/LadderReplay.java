package cn.shuangyong.supervision.urging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;

/**
 * The steps a run is to take: for each task, the ladder held against every working day the sweep has not yet seen
 * (since the last run, or since the deadline on the first), then against today, as a daily run would have done on
 * each of those mornings. A task closed on a past day is passed over that day. The steps come in the order of their
 * days, so the notices are numbered in the order they are dated. The reminder before the deadline is given only
 * today: sent afterwards it would announce a deadline already gone.
 */
final class LadderReplay {

	/** A task as the replay needs it. */
	record Candidate(long taskId, LocalDate deadline, boolean openToday, OpenDays past,
			Map<EscalationStep, LocalDate> taken) {
	}

	/** A step to take on a task, dated on its day. */
	record DueStep(LocalDate day, long taskId, EscalationStep step) {
	}

	private final EscalationLadder ladder;

	private final WorkingDayCalendar calendar;

	LadderReplay(EscalationLadder ladder, WorkingDayCalendar calendar) {
		this.ladder = ladder;
		this.calendar = calendar;
	}

	/** @param since the first day not yet swept, or null when no run has swept yet */
	List<DueStep> due(List<Candidate> candidates, LocalDate since, LocalDate today) {
		List<DueStep> steps = new ArrayList<>();
		for (Candidate task : candidates) {
			steps.addAll(due(task, since, today));
		}
		steps.sort(Comparator.comparing(DueStep::day).thenComparingLong(DueStep::taskId));
		return steps;
	}

	private List<DueStep> due(Candidate task, LocalDate since, LocalDate today) {
		Map<EscalationStep, LocalDate> taken = new EnumMap<>(EscalationStep.class);
		taken.putAll(task.taken());
		List<DueStep> steps = new ArrayList<>();
		LocalDate day = task.deadline().plusDays(1);
		if (since != null && since.isAfter(day)) {
			day = since;
		}
		for (LocalDate last : taken.values()) {
			if (!last.isBefore(day)) {
				day = last.plusDays(1);
			}
		}
		for (; day.isBefore(today); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day) && task.past().openOn(day)) {
				take(task, day, taken, steps);
			}
		}
		if (task.openToday()) {
			take(task, today, taken, steps);
		}
		return steps;
	}

	private void take(Candidate task, LocalDate day, Map<EscalationStep, LocalDate> taken, List<DueStep> steps) {
		Optional<EscalationStep> step = ladder.due(task.deadline(), day, taken);
		step.ifPresent(s -> {
			taken.put(s, day);
			steps.add(new DueStep(day, task.taskId(), s));
		});
	}
}

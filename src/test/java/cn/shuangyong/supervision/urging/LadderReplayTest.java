package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catch-up on the first start over an old plan: the ladder held against every working day since the deadline, as
 * a daily run would have, with each step on its own day. Dates are the demo's: due Friday 2020-07-31, business date
 * 2020-09-30.
 */
class LadderReplayTest {

	private static final EscalationSettings SETTINGS = new EscalationSettings(true, 3, 1, 5, 10, 5,
			"{abbr}拥办督〔{year}〕{n}号", Duration.ofSeconds(30), "0 0 7 * * *");

	private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

	private final LadderReplay replay = new LadderReplay(new EscalationLadder(SETTINGS, CALENDAR), CALENDAR);

	private static final LocalDate DEADLINE = LocalDate.of(2020, 7, 31);

	private static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	@Test
	void aTaskOpenSinceItsDeadlineClimbsToDuBanEachStepOnTheDayADailyRunWouldHaveTakenIt() {
		assertThat(replay.due(List.of(open(26, DEADLINE)), null, TODAY)).containsExactly(
				step("2020-08-03", 26, EscalationStep.TI_XING), step("2020-08-07", 26, EscalationStep.CUI_BAN),
				step("2020-08-14", 26, EscalationStep.DU_BAN));
	}

	@Test
	void aTaskIsPassedOverOnTheDaysItWaitedForSignOff() {
		// item 29: submitted on 3 August, returned on 6 August
		OpenDays past = new OpenDays(List.of(new OpenDays.Turn(LocalDate.of(2020, 8, 3), false),
				new OpenDays.Turn(LocalDate.of(2020, 8, 6), true)));
		assertThat(replay.due(List.of(candidate(29, DEADLINE, true, past, Map.of())), null, TODAY)).containsExactly(
				step("2020-08-03", 29, EscalationStep.TI_XING), step("2020-08-07", 29, EscalationStep.CUI_BAN),
				step("2020-08-14", 29, EscalationStep.DU_BAN));

		OpenDays submittedEarly = new OpenDays(List.of(new OpenDays.Turn(LocalDate.of(2020, 7, 30), false),
				new OpenDays.Turn(LocalDate.of(2020, 8, 12), true)));
		assertThat(replay.due(List.of(candidate(30, DEADLINE, true, submittedEarly, Map.of())), null, TODAY))
			.as("returned on 12 August: 提醒 the next morning, the rest follow the gaps").containsExactly(
					step("2020-08-13", 30, EscalationStep.TI_XING), step("2020-08-19", 30, EscalationStep.CUI_BAN),
					step("2020-08-26", 30, EscalationStep.DU_BAN));
	}

	@Test
	void aTaskSignedOffLateKeepsTheNoticesItHadWhileOverdue() {
		// item 18's county task: due 15 September, submitted 21 September, signed off 24 September
		OpenDays past = new OpenDays(List.of(new OpenDays.Turn(LocalDate.of(2020, 9, 21), false),
				new OpenDays.Turn(LocalDate.of(2020, 9, 24), false)));
		assertThat(replay.due(List.of(candidate(18, LocalDate.of(2020, 9, 15), false, past, Map.of())), null, TODAY))
			.containsExactly(step("2020-09-16", 18, EscalationStep.TI_XING));
	}

	@Test
	void stepsOfAllTasksComeInTheOrderOfTheirDaysSoNumbersFollowTheDates() {
		List<LadderReplay.DueStep> steps = replay.due(List.of(open(2, DEADLINE), open(1, LocalDate.of(2020, 9, 15))),
				null, TODAY);
		assertThat(steps).extracting(LadderReplay.DueStep::day).isSorted();
		assertThat(steps).extracting(LadderReplay.DueStep::taskId).containsExactly(2L, 2L, 2L, 1L, 1L, 1L);
	}

	@Test
	void aLaterRunReplaysOnlyTheDaysNoRunHasSwept() {
		Map<EscalationStep, LocalDate> taken = new EnumMap<>(EscalationStep.class);
		taken.put(EscalationStep.TI_XING, LocalDate.of(2020, 8, 3));
		LadderReplay.Candidate task = candidate(5, DEADLINE, true, new OpenDays(List.of()), taken);
		assertThat(replay.due(List.of(task), LocalDate.of(2020, 8, 10), LocalDate.of(2020, 8, 10)))
			.as("the platform was down from 4 to 9 August: the 催办 comes on the first day back")
			.containsExactly(step("2020-08-10", 5, EscalationStep.CUI_BAN));
		assertThat(replay.due(List.of(task), LocalDate.of(2020, 8, 4), LocalDate.of(2020, 8, 14)))
			.containsExactly(step("2020-08-07", 5, EscalationStep.CUI_BAN), step("2020-08-14", 5, EscalationStep.DU_BAN));
	}

	@Test
	void takesNothingTwiceAndDoesNotSendAReminderForADeadlineGone() {
		Map<EscalationStep, LocalDate> taken = new EnumMap<>(EscalationStep.class);
		taken.put(EscalationStep.TI_XING, LocalDate.of(2020, 8, 3));
		taken.put(EscalationStep.CUI_BAN, LocalDate.of(2020, 8, 7));
		taken.put(EscalationStep.DU_BAN, LocalDate.of(2020, 8, 14));
		assertThat(replay.due(List.of(candidate(7, DEADLINE, true, new OpenDays(List.of()), taken)), null, TODAY))
			.isEmpty();
		assertThat(replay.due(List.of(open(8, DEADLINE)), null, TODAY)).extracting(LadderReplay.DueStep::step)
			.doesNotContain(EscalationStep.REMINDER);
		assertThat(replay.due(List.of(open(9, LocalDate.of(2020, 10, 9))), null, LocalDate.of(2020, 10, 9)))
			.as("within the window today: the reminder, as every day").containsExactly(
					step("2020-10-09", 9, EscalationStep.REMINDER));
	}

	@Test
	void aTaskClosedTodayGetsNothingToday() {
		assertThat(replay.due(List.of(candidate(3, LocalDate.of(2020, 9, 29), false, new OpenDays(List.of()),
				Map.of())), null, TODAY)).isEmpty();
	}

	private static LadderReplay.Candidate open(long id, LocalDate deadline) {
		return candidate(id, deadline, true, new OpenDays(List.of()), Map.of());
	}

	private static LadderReplay.Candidate candidate(long id, LocalDate deadline, boolean openToday, OpenDays past,
			Map<EscalationStep, LocalDate> taken) {
		return new LadderReplay.Candidate(id, deadline, openToday, past, taken);
	}

	private static LadderReplay.DueStep step(String day, long task, EscalationStep step) {
		return new LadderReplay.DueStep(LocalDate.parse(day), task, step);
	}
}

package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ladder's rules on the official calendar: reminder 3 working days before, 提醒 1, 催办 5, 督办 10 after. */
class EscalationLadderTest {

	private static final EscalationSettings SETTINGS = new EscalationSettings(true, 3, 1, 5, 10, 5,
			"{abbr}拥办督〔{year}〕{n}号", Duration.ofSeconds(30), "0 0 7 * * *");

	private final EscalationLadder ladder = new EscalationLadder(SETTINGS, WorkingDayCalendar.official());

	private final Map<EscalationStep, LocalDate> taken = new EnumMap<>(EscalationStep.class);

	// Thursday 2020-12-31; 2021-01-01 is New Year's Day, then a weekend: the first working day overdue is 01-04.
	private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);

	@Test
	void remindsThreeWorkingDaysBeforeTheDeadlineAndNotEarlier() {
		assertThat(ladder.due(DEADLINE, LocalDate.of(2020, 12, 25), taken)).isEmpty();
		assertThat(ladder.due(DEADLINE, LocalDate.of(2020, 12, 28), taken)).contains(EscalationStep.REMINDER);
		assertThat(ladder.due(DEADLINE, DEADLINE, taken)).contains(EscalationStep.REMINDER);
		taken.put(EscalationStep.REMINDER, LocalDate.of(2020, 12, 28));
		assertThat(ladder.due(DEADLINE, LocalDate.of(2020, 12, 29), taken)).isEmpty();
	}

	@Test
	void countsOverdueInWorkingDaysSoTheHolidayDoesNotCount() {
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 1, 3), taken)).isEmpty();
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 1, 4), taken)).contains(EscalationStep.TI_XING);
	}

	@Test
	void aLongOverdueTaskClimbsOneStepAtATime() {
		LocalDate late = LocalDate.of(2021, 3, 1);
		assertThat(ladder.due(DEADLINE, late, taken)).contains(EscalationStep.TI_XING);
		taken.put(EscalationStep.TI_XING, late);
		assertThat(ladder.due(DEADLINE, late.plusDays(3), taken)).as("4 working days after 提醒 is too soon")
			.isEmpty();
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 3, 5), taken)).contains(EscalationStep.CUI_BAN);
		taken.put(EscalationStep.CUI_BAN, LocalDate.of(2021, 3, 5));
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 3, 11), taken)).isEmpty();
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 3, 12), taken)).contains(EscalationStep.DU_BAN);
		taken.put(EscalationStep.DU_BAN, LocalDate.of(2021, 3, 12));
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 6, 1), taken)).as("督办 is the last step").isEmpty();
	}

	@Test
	void aCuiBanByHandCountsAsTheStepAndTheLadderGoesOnToDuBan() {
		taken.put(EscalationStep.CUI_BAN, LocalDate.of(2021, 1, 5));
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 1, 14), taken)).as("9 working days overdue")
			.isEqualTo(Optional.empty());
		assertThat(ladder.due(DEADLINE, LocalDate.of(2021, 1, 15), taken)).contains(EscalationStep.DU_BAN);
	}

	@Test
	void refusesDelaysThatDoNotRise() {
		assertThatThrownBy(() -> new EscalationSettings(true, 3, 5, 5, 10, 5, "{n}", Duration.ZERO, "0 0 7 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new EscalationSettings(true, 3, 1, 5, 10, 5, "云拥办督", Duration.ZERO, "0 0 7 * * *"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}

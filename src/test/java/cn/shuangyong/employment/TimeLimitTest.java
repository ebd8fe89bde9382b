package cn.shuangyong.employment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitTest {

	@Test
	void aCaseIsDueSixMonthsAfterItsRegistrationByDefaultAndAMonthEndStaysAtTheMonthEnd() {
		TimeLimit six = new TimeLimit(6);

		assertThat(six.deadline(LocalDate.of(2020, 3, 15))).isEqualTo(LocalDate.of(2020, 9, 15));
		assertThat(six.deadline(LocalDate.of(2020, 8, 31))).isEqualTo(LocalDate.of(2021, 2, 28));
	}

	@Test
	void anOpenCaseIsOverdueFromTheDayAfterItsDeadlineAndAClosedOneNever() {
		LocalDate deadline = LocalDate.of(2020, 9, 30);

		assertThat(TimeLimit.overdue(deadline, false, deadline)).isFalse();
		assertThat(TimeLimit.overdue(deadline, false, deadline.plusDays(1))).isTrue();
		assertThat(TimeLimit.overdue(deadline, true, deadline.plusDays(100))).isFalse();
	}

	@Test
	void anOpenCaseIsDueSoonWithinTheWarningDaysUntilItsDeadline() {
		LocalDate deadline = LocalDate.of(2020, 10, 15);

		assertThat(TimeLimit.dueSoon(deadline, false, LocalDate.of(2020, 9, 30), 14)).isFalse();
		assertThat(TimeLimit.dueSoon(deadline, false, LocalDate.of(2020, 10, 1), 14)).isTrue();
		assertThat(TimeLimit.dueSoon(deadline, false, deadline, 14)).isTrue();
		assertThat(TimeLimit.dueSoon(deadline, false, deadline.plusDays(1), 14)).isFalse();
		assertThat(TimeLimit.dueSoon(deadline, true, deadline, 14)).isFalse();
	}

	@Test
	void refusesALimitOutsideOneToThirtySixMonths() {
		assertThatThrownBy(() -> new TimeLimit(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TimeLimit(37)).isInstanceOf(IllegalArgumentException.class);
	}
}

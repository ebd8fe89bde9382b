package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolDeadlineTest {

	private static final LocalDate TERM = LocalDate.of(2020, 9, 1);

	private final SchoolDeadline deadline = new SchoolDeadline(20, 14);

	@Test
	void theEducationBureauDecidesWithinTheConfiguredDays() {
		assertThat(deadline.decideBy(LocalDate.of(2020, 7, 1))).isEqualTo(LocalDate.of(2020, 7, 21));
	}

	@Test
	void anOpenApplicationTurnsRedTheConfiguredDaysBeforeTermStarts() {
		LocalDate decideBy = LocalDate.of(2020, 9, 10);
		assertThat(deadline.red(ApplicationState.SUBMITTED, decideBy, TERM, LocalDate.of(2020, 8, 17))).isFalse();
		assertThat(deadline.red(ApplicationState.SUBMITTED, decideBy, TERM, LocalDate.of(2020, 8, 18))).isTrue();
		assertThat(deadline.red(ApplicationState.UNDER_REVIEW, decideBy, TERM, LocalDate.of(2020, 8, 18))).isTrue();
	}

	@Test
	void anOpenApplicationPastItsDayToBeDecidedIsRedEvenLongBeforeTerm() {
		LocalDate decideBy = LocalDate.of(2021, 1, 10);
		LocalDate spring = LocalDate.of(2021, 3, 1);
		assertThat(deadline.red(ApplicationState.SUBMITTED, decideBy, spring, decideBy)).isFalse();
		assertThat(deadline.red(ApplicationState.SUBMITTED, decideBy, spring, decideBy.plusDays(1))).isTrue();
	}

	@Test
	void aDecidedApplicationIsNeverRed() {
		for (ApplicationState done : List.of(ApplicationState.ADMITTED, ApplicationState.REFUSED,
				ApplicationState.ADMITTED_ON_REVIEW, ApplicationState.UPHELD)) {
			assertThat(deadline.red(done, TERM, TERM, TERM.plusDays(30))).as(done.name()).isFalse();
		}
	}

	@Test
	void aCountysOwnTermStartWinsOverItsPrefecturesAndTheProvinces() {
		Term autumn = new Term(2020, Term.Season.AUTUMN);
		TermCalendar calendar = new TermCalendar(List.of(new TermCalendar.TermStart("53", autumn, TERM),
				new TermCalendar.TermStart("5323", autumn, LocalDate.of(2020, 8, 31)),
				new TermCalendar.TermStart("532301", autumn, LocalDate.of(2020, 8, 28))));

		assertThat(calendar.startOf("532301", autumn)).hasValue(LocalDate.of(2020, 8, 28));
		assertThat(calendar.startOf("532302", autumn)).hasValue(LocalDate.of(2020, 8, 31));
		assertThat(calendar.startOf("530102", autumn)).hasValue(TERM);
		assertThat(calendar.startOf("530102", new Term(2021, Term.Season.SPRING))).isEmpty();
	}
}

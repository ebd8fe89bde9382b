package cn.shuangyong.supervision;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskColourTest {

	private static final LocalDate DEADLINE = LocalDate.of(2020, 7, 31);

	@Test
	void isRedOncePastItsDeadlineUnlessSignedOff() {
		assertThat(TaskColour.of(TaskState.IN_PROGRESS, DEADLINE, null, null, DEADLINE.plusDays(1), 7)).isEqualTo(TaskColour.RED);
		assertThat(TaskColour.of(TaskState.IN_PROGRESS, DEADLINE, null, null, DEADLINE, 7)).isEqualTo(TaskColour.YELLOW);
		assertThat(TaskColour.of(TaskState.SIGNED_OFF, DEADLINE, null, DEADLINE, DEADLINE.plusDays(30), 7))
			.isEqualTo(TaskColour.GREEN);
	}

	@Test
	void isYellowWhenDueWithinTheWarningDaysWithoutAReportInThatTime() {
		LocalDate today = DEADLINE.minusDays(5);
		assertThat(TaskColour.of(TaskState.SIGNED_FOR, DEADLINE, null, null, today, 7)).isEqualTo(TaskColour.YELLOW);
		var recent = DEADLINE.minusDays(6).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
		assertThat(TaskColour.of(TaskState.IN_PROGRESS, DEADLINE, recent, null, today, 7)).isEqualTo(TaskColour.GREEN);
		var old = DEADLINE.minusDays(20).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
		assertThat(TaskColour.of(TaskState.IN_PROGRESS, DEADLINE, old, null, today, 7)).isEqualTo(TaskColour.YELLOW);
		assertThat(TaskColour.of(TaskState.ASSIGNED, DEADLINE, null, null, DEADLINE.minusDays(8), 7)).isEqualTo(TaskColour.GREEN);
	}
}

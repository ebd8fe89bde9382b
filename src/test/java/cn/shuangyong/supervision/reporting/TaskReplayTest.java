package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskState;

import static org.assertj.core.api.Assertions.assertThat;

class TaskReplayTest {

	static final LocalDate DEADLINE = LocalDate.of(2020, 9, 10);

	@Test
	void aTaskSignedOffAfterTheDateWasOverdueOnTheDate() {
		var changes = List.of(change("SIGN_FOR", 9, 1), change("SUBMIT", 9, 20), change("SIGN_OFF", 9, 25));
		var then = TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 15), 7);
		assertThat(then.standing()).isEqualTo(TaskStanding.OVERDUE);
		assertThat(then.state()).isEqualTo(TaskState.SIGNED_FOR);
		assertThat(then.daysOverdue()).isEqualTo(5);
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 25), 7).standing())
			.isEqualTo(TaskStanding.DONE_LATE);
	}

	@Test
	void aTaskSignedOffAfterTheDateButBeforeItsDeadlineWasInProgress() {
		var changes = List.of(change("SUBMIT", 9, 5), change("SIGN_OFF", 9, 8));
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 4), 7).standing())
			.isEqualTo(TaskStanding.DUE_SOON);
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 8), 7).standing())
			.isEqualTo(TaskStanding.DONE_ON_TIME);
	}

	@Test
	void completionIsTheDayTheAcceptedWorkWasSubmittedNotTheDayItWasSignedOff() {
		var changes = List.of(change("SUBMIT", 9, 10), change("SIGN_OFF", 9, 14));
		var outcome = TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 30), 7);
		assertThat(outcome.standing()).isEqualTo(TaskStanding.DONE_ON_TIME);
		assertThat(outcome.completedOn()).isEqualTo(DEADLINE);
	}

	@Test
	void aReturnedThenResubmittedTaskCountsFromItsLastSubmission() {
		var changes = List.of(change("SUBMIT", 9, 1), change("RETURN", 9, 3), change("SUBMIT", 9, 12),
				change("SIGN_OFF", 9, 13));
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 30), 7).standing())
			.isEqualTo(TaskStanding.DONE_LATE);
	}

	@Test
	void aReopenedTaskIsOpenAgain() {
		var changes = List.of(change("SUBMIT", 9, 1), change("SIGN_OFF", 9, 2), change("REOPEN", 9, 20));
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 15), 7).standing())
			.isEqualTo(TaskStanding.DONE_ON_TIME);
		assertThat(TaskReplay.asOf(DEADLINE, changes, LocalDate.of(2020, 9, 21), 7).standing())
			.isEqualTo(TaskStanding.OVERDUE);
	}

	static TaskReplay.Change change(String kind, int month, int day) {
		return new TaskReplay.Change(kind, LocalDate.of(2020, month, day));
	}
}

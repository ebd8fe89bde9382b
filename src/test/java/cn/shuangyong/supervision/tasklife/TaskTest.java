package cn.shuangyong.supervision.tasklife;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.supervision.TaskReopened;
import cn.shuangyong.supervision.TaskReturned;
import cn.shuangyong.supervision.TaskSignedOff;
import cn.shuangyong.supervision.TaskState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task aggregate alone: which steps it allows, on which version, and what each step tells other modules. */
class TaskTest {

	private static final LocalDate DEADLINE = LocalDate.of(2020, 10, 31);

	private static Task task(TaskState state, int version) {
		return new Task(7, state, version, DEADLINE, "DUAL_LIST", 42, 3);
	}

	@Test
	void aStepOnTheCurrentVersionMovesTheStateAndTheVersion() {
		Task.Step step = task(TaskState.ASSIGNED, 4).take(TaskAction.SIGN_FOR, 4);
		assertThat(step.next()).isEqualTo(TaskState.SIGNED_FOR);
		assertThat(step.after().state()).isEqualTo(TaskState.SIGNED_FOR);
		assertThat(step.after().version()).isEqualTo(5);
	}

	@Test
	void refusesAStepMadeOnAStaleVersionNamingBothVersions() {
		assertThatThrownBy(() -> task(TaskState.SUBMITTED, 5).take(TaskAction.SIGN_OFF, 4))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改").hasMessageContaining("第 4 版")
			.hasMessageContaining("第 5 版");
		assertThatThrownBy(() -> task(TaskState.SUBMITTED, 5).moveDeadline(DEADLINE.plusDays(9), "顺延", 6))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesEveryStepItsStateDoesNotAllow() {
		assertThatThrownBy(() -> task(TaskState.ASSIGNED, 0).take(TaskAction.SIGN_OFF, 0))
			.isInstanceOf(ConflictException.class).hasMessage("任务当前状态为“已分派”，不能办结销号");
		assertThatThrownBy(() -> task(TaskState.SIGNED_OFF, 3).take(TaskAction.REPORT, 3))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已办结");
		assertThatThrownBy(() -> task(TaskState.IN_PROGRESS, 2).take(TaskAction.REOPEN, 2))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> task(TaskState.SIGNED_FOR, 1).take(TaskAction.SIGN_FOR, 1))
			.isInstanceOf(ConflictException.class);
		for (TaskAction action : TaskAction.values()) {
			for (TaskState state : TaskState.values()) {
				boolean allowed = TaskState.allowedBefore(action).contains(state);
				if (!allowed) {
					assertThatThrownBy(() -> task(state, 0).take(action, 0)).as(state + " " + action)
						.isInstanceOf(ConflictException.class);
				}
			}
		}
	}

	@Test
	void signOffReturnAndReopenAreToldToTheSourceAndTheOtherStepsAreNot() {
		LocalDate on = LocalDate.of(2020, 9, 30);
		assertThat(task(TaskState.SUBMITTED, 1).take(TaskAction.SIGN_OFF, 1).event(on, null))
			.isEqualTo(new TaskSignedOff(7, "DUAL_LIST", 42, 3, on));
		assertThat(task(TaskState.SUBMITTED, 1).take(TaskAction.RETURN, 1).event(on, "请补充材料"))
			.isEqualTo(new TaskReturned(7, "DUAL_LIST", 42, 3, "请补充材料"));
		assertThat(task(TaskState.SIGNED_OFF, 1).take(TaskAction.REOPEN, 1).event(on, "复查未落实"))
			.isEqualTo(new TaskReopened(7, "DUAL_LIST", 42, 3, "复查未落实"));
		assertThat(task(TaskState.ASSIGNED, 1).take(TaskAction.SIGN_FOR, 1).event(on, null)).isNull();
		assertThat(task(TaskState.SIGNED_FOR, 1).take(TaskAction.REPORT, 1).event(on, null)).isNull();
		assertThat(task(TaskState.IN_PROGRESS, 1).take(TaskAction.SUBMIT, 1).event(on, null)).isNull();
	}

	@Test
	void aDeadlineMoveKeepsTheStateAndMovesTheVersion() {
		Task.DeadlineMove move = task(TaskState.IN_PROGRESS, 2).moveDeadline(DEADLINE.plusDays(30), " 按通知顺延 ", 2);
		assertThat(move.from()).isEqualTo(DEADLINE);
		assertThat(move.reason()).isEqualTo("按通知顺延");
		assertThat(move.after().state()).isEqualTo(TaskState.IN_PROGRESS);
		assertThat(move.after().version()).isEqualTo(3);
	}
}

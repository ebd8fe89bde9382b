package cn.shuangyong.supervision;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.tasklife.TaskAction;

import static org.assertj.core.api.Assertions.assertThat;

class TaskStateTest {

	@Test
	void walksTheLifeFromAssignedToSignedOff() {
		TaskState state = TaskState.ASSIGNED;
		for (TaskAction action : new TaskAction[] { TaskAction.SIGN_FOR, TaskAction.REPORT, TaskAction.SUBMIT,
				TaskAction.SIGN_OFF }) {
			assertThat(TaskState.allowedBefore(action)).contains(state);
			state = TaskState.after(action, state);
		}
		assertThat(state).isEqualTo(TaskState.SIGNED_OFF);
	}

	@Test
	void refusesASecondSignOffAndASubmitBeforeAnyReport() {
		assertThat(TaskState.allowedBefore(TaskAction.SIGN_OFF)).doesNotContain(TaskState.SIGNED_OFF);
		assertThat(TaskState.allowedBefore(TaskAction.SUBMIT)).doesNotContain(TaskState.ASSIGNED, TaskState.SIGNED_FOR);
		assertThat(TaskState.allowedBefore(TaskAction.REPORT)).doesNotContain(TaskState.SIGNED_OFF, TaskState.ASSIGNED);
	}

	@Test
	void aReturnedTaskIsWorkedOnAndSubmittedAgain() {
		assertThat(TaskState.after(TaskAction.RETURN, TaskState.SUBMITTED)).isEqualTo(TaskState.RETURNED);
		assertThat(TaskState.allowedBefore(TaskAction.SUBMIT)).contains(TaskState.RETURNED);
		assertThat(TaskState.after(TaskAction.REOPEN, TaskState.SIGNED_OFF)).isEqualTo(TaskState.IN_PROGRESS);
	}
}

package cn.shuangyong.supervision;

import java.util.EnumSet;
import java.util.Set;
import cn.shuangyong.supervision.tasklife.TaskAction;

/**
 * The life of a task: assigned → signed for (签收) → in progress → submitted for sign-off (申请销号) → signed off
 * (办结), or returned with a reason and worked on again. A signed-off task can be reopened.
 */
public enum TaskState {

	ASSIGNED, SIGNED_FOR, IN_PROGRESS, SUBMITTED, SIGNED_OFF, RETURNED;

	/** The state's name in Chinese, for messages and printed ledgers, which speak Chinese whatever the page's language. */
	public String chinese() {
		return switch (this) {
			case ASSIGNED -> "已分派";
			case SIGNED_FOR -> "已签收";
			case IN_PROGRESS -> "办理中";
			case SUBMITTED -> "申请销号";
			case SIGNED_OFF -> "已办结";
			case RETURNED -> "已退回";
		};
	}

	/** The states an action may start from; the one place the transitions are written. */
	public static Set<TaskState> allowedBefore(TaskAction action) {
		return switch (action) {
			case SIGN_FOR -> EnumSet.of(ASSIGNED);
			case REPORT -> EnumSet.of(SIGNED_FOR, IN_PROGRESS, RETURNED, SUBMITTED);
			case SUBMIT -> EnumSet.of(IN_PROGRESS, RETURNED);
			case SIGN_OFF, RETURN -> EnumSet.of(SUBMITTED);
			case REOPEN -> EnumSet.of(SIGNED_OFF);
		};
	}

	public static TaskState after(TaskAction action, TaskState from) {
		return switch (action) {
			case SIGN_FOR -> SIGNED_FOR;
			case REPORT -> from == SUBMITTED ? SUBMITTED : IN_PROGRESS;
			case SUBMIT -> SUBMITTED;
			case SIGN_OFF -> SIGNED_OFF;
			case RETURN -> RETURNED;
			case REOPEN -> IN_PROGRESS;
		};
	}

	public String messageKey() {
		return "supervision.state." + name();
	}
}

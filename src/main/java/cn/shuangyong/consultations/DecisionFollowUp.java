package cn.shuangyong.consultations;

import cn.shuangyong.supervision.TaskReopened;
import cn.shuangyong.supervision.TaskSignedOff;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A decision is carried out (已落实) when supervision signs its task off, and open again when the task is reopened:
 * the meeting's page shows what its decisions have come to without asking supervision. Listeners run after commit
 * and may arrive out of order (a sign-off and a reopen in quick succession), so each event only says "look again":
 * the decision takes the task's state as it is when the event is heard.
 */
@Component
class DecisionFollowUp {

	private final MeetingStore store;

	private final DecisionSource source;

	private final Tasks tasks;

	DecisionFollowUp(MeetingStore store, DecisionSource source, Tasks tasks) {
		this.store = store;
		this.source = source;
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void on(TaskSignedOff event) {
		if (event.from(source)) {
			follow(event.sourceId(), event.taskId());
		}
	}

	@ApplicationModuleListener
	void on(TaskReopened event) {
		if (event.from(source)) {
			follow(event.sourceId(), event.taskId());
		}
	}

	private void follow(long decisionId, long taskId) {
		TaskView task = tasks.ofSource(source, decisionId).stream().filter(t -> t.id() == taskId).findFirst().orElse(null);
		boolean done = task != null && task.state() == TaskState.SIGNED_OFF;
		store.markDone(decisionId, taskId, done ? task.signedOffOn() : null);
	}
}

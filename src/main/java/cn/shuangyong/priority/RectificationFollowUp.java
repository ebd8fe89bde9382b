package cn.shuangyong.priority;

import cn.shuangyong.supervision.TaskReopened;
import cn.shuangyong.supervision.TaskSignedOff;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A finding is put right (已整改) when the office signs its task off, and open again when the task is reopened. As
 * with meetings' decisions, each event only says "look again": the finding takes its task's state as it is now, so
 * events heard out of order leave it right.
 */
@Component
class RectificationFollowUp {

	private final FindingStore store;

	private final RectificationSource source;

	private final Tasks tasks;

	RectificationFollowUp(FindingStore store, RectificationSource source, Tasks tasks) {
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

	private void follow(long findingId, long taskId) {
		TaskView task = tasks.ofSource(source, findingId).stream().filter(t -> t.id() == taskId).findFirst().orElse(null);
		boolean done = task != null && task.state() == TaskState.SIGNED_OFF;
		store.rectified(findingId, taskId, done ? task.signedOffOn() : null);
	}
}

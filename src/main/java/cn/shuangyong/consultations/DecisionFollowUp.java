package cn.shuangyong.consultations;

import cn.shuangyong.supervision.TaskReopened;
import cn.shuangyong.supervision.TaskSignedOff;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A decision is carried out (已落实) when supervision signs its task off, and open again when the task is reopened:
 * the meeting's page shows what its decisions have come to without asking supervision.
 */
@Component
class DecisionFollowUp {

	private final MeetingStore store;

	private final DecisionSource source;

	DecisionFollowUp(MeetingStore store, DecisionSource source) {
		this.store = store;
		this.source = source;
	}

	@ApplicationModuleListener
	void on(TaskSignedOff event) {
		if (event.from(source)) {
			store.markDone(event.sourceId(), event.taskId(), event.signedOffOn());
		}
	}

	@ApplicationModuleListener
	void on(TaskReopened event) {
		if (event.from(source)) {
			store.markDone(event.sourceId(), event.taskId(), null);
		}
	}
}

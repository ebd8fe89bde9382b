package cn.shuangyong.duallist;

import cn.shuangyong.supervision.TaskSignedOff;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When supervision signs off a double-list task, its entry is done and waits for the asking unit's rating. */
@Component
class EntryFollowUp {

	private final DualLists lists;

	private final DualListSource source;

	EntryFollowUp(DualLists lists, DualListSource source) {
		this.lists = lists;
		this.source = source;
	}

	@ApplicationModuleListener
	void on(TaskSignedOff event) {
		if (event.from(source)) {
			lists.taskSignedOff(event.taskId(), event.signedOffOn());
		}
	}
}

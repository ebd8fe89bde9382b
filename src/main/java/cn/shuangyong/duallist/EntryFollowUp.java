package cn.shuangyong.duallist;

import cn.shuangyong.supervision.TaskSignedOff;
import cn.shuangyong.supervision.TaskSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When supervision signs off a double-list task, its entry is done and waits for the asking unit's rating. */
@Component
class EntryFollowUp {

	private final DualLists lists;

	EntryFollowUp(DualLists lists) {
		this.lists = lists;
	}

	@ApplicationModuleListener
	void on(TaskSignedOff event) {
		if (event.sourceKind() == TaskSource.DUAL_LIST) {
			lists.taskSignedOff(event.taskId(), event.signedOffOn());
		}
	}
}

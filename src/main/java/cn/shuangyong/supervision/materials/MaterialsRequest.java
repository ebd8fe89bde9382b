package cn.shuangyong.supervision.materials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;

/** A 材料报送 request with the task each asked unit works it in. */
public record MaterialsRequest(long id, MaterialsKind kind, String title, String note, LocalDate dueOn,
		long issuerUnitId, String createdBy, Instant createdAt, List<TaskView> tasks) {

	/** Units that have handed in: they submitted for sign-off, or the office has signed off. */
	public long handedIn() {
		return tasks.stream().filter(t -> t.state() == TaskState.SUBMITTED || t.state() == TaskState.SIGNED_OFF).count();
	}

	public long signedOff() {
		return tasks.stream().filter(t -> t.state() == TaskState.SIGNED_OFF).count();
	}

	public List<TaskView> notHandedIn() {
		return tasks.stream().filter(t -> t.state() != TaskState.SUBMITTED && t.state() != TaskState.SIGNED_OFF).toList();
	}
}

package cn.shuangyong.supervision;

/** The issuing office returned a task submitted for sign-off, with its reason; the unit works on it again. */
public record TaskReturned(long taskId, String sourceKind, long sourceId, long issuerUnitId, String reason) {

	/** Whether the task came from this source, so that a module hears only its own tasks. */
	public boolean from(TaskSource source) {
		return source.code().equals(sourceKind);
	}
}

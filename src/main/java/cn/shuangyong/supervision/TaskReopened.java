package cn.shuangyong.supervision;

/** The issuing office reopened a signed-off task: it is no longer done, and the module that opened it may react. */
public record TaskReopened(long taskId, String sourceKind, long sourceId, long issuerUnitId, String reason) {

	/** Whether the task came from this source, so that a module hears only its own tasks. */
	public boolean from(TaskSource source) {
		return source.code().equals(sourceKind);
	}
}

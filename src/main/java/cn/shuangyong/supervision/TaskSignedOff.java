package cn.shuangyong.supervision;

import java.time.LocalDate;

/** The issuing office signed a task off (办结销号); the module that opened it may react. */
public record TaskSignedOff(long taskId, String sourceKind, long sourceId, long issuerUnitId,
		LocalDate signedOffOn) {

	/** Whether the task came from this source, so that a module hears only its own tasks. */
	public boolean from(TaskSource source) {
		return source.code().equals(sourceKind);
	}
}

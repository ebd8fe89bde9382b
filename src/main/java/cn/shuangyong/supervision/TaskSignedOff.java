package cn.shuangyong.supervision;

import java.time.LocalDate;

/** The issuing office signed a task off (办结销号); the module that opened it may react. */
public record TaskSignedOff(long taskId, TaskSource sourceKind, long sourceId, long issuerUnitId,
		LocalDate signedOffOn) {
}

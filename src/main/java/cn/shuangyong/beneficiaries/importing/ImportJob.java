package cn.shuangyong.beneficiaries.importing;

import java.time.Instant;

/**
 * One import as it stands: who imported which file, how far it got and how it ended. {@code total} is the number of
 * data rows read, {@code imported} of people written, {@code rejected} of rows not imported.
 */
public record ImportJob(long id, long unitId, String scopeRegion, String actor, String fileName, ImportFormat format,
		ImportMode mode, ImportStatus status, int rowsRead, int rowsValidated, int rowsWritten, int total, int imported,
		int rejected, int warned, String message, Instant createdAt, Instant finishedAt) {

	/** Progress in per cent: reading and checking is the first half, writing the second. */
	public int percent() {
		if (status != ImportStatus.RUNNING) {
			return 100;
		}
		if (rowsRead == 0) {
			return 0;
		}
		int toWrite = Math.max(1, rowsValidated - rejected);
		return Math.min(99, rowsWritten == 0 ? Math.min(50, rowsValidated * 50 / Math.max(rowsRead, 1))
				: 50 + rowsWritten * 50 / toWrite);
	}
}

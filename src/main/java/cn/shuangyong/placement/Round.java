package cn.shuangyong.placement;

/** A placing office's round of a year, as stored; {@code turn} counts the actions of the live choice. */
public record Round(long id, String regionCode, int year, RoundKind kind, Integer methodId, long officeUnitId,
		String tieBreak, RoundStage stage, Long calledSoldierId, int turn, int version) {
}

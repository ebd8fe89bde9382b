package cn.shuangyong.placement;

import java.time.OffsetDateTime;

/** One recorded action of the live choice, in turn order. */
public record Action(long roundId, int turn, ActionKind kind, Long soldierId, Long postId, String witness,
		String proxyName, String reason, String doneBy, OffsetDateTime doneAt) {
}

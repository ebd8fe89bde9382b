package cn.shuangyong.employment;

import java.util.Set;

/**
 * Where a confirmed match stands. An officer confirms a proposed match; the post is then offered to the spouse
 * (推荐), the employer interviews her, and the result is hired or not; she may decline before the interview. The
 * transitions are written here and nowhere else.
 */
public enum MatchState {

	CONFIRMED, OFFERED, INTERVIEWED, HIRED, NOT_HIRED, DECLINED;

	/** A live match holds the case: no second match is confirmed beside it. */
	public boolean live() {
		return this == CONFIRMED || this == OFFERED || this == INTERVIEWED;
	}

	/** The state a step leads to from this one, or null when the step is not allowed here. */
	MatchState after(MatchStep step) {
		Set<MatchState> from = switch (step) {
			case OFFER -> Set.of(CONFIRMED);
			case INTERVIEW -> Set.of(OFFERED);
			case HIRED, NOT_HIRED -> Set.of(INTERVIEWED);
			case DECLINED -> Set.of(CONFIRMED, OFFERED);
		};
		if (!from.contains(this)) {
			return null;
		}
		return switch (step) {
			case OFFER -> OFFERED;
			case INTERVIEW -> INTERVIEWED;
			case HIRED -> HIRED;
			case NOT_HIRED -> NOT_HIRED;
			case DECLINED -> DECLINED;
		};
	}

	public String messageKey() {
		return "employment.match." + name();
	}
}

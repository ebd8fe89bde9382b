package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.util.List;

/**
 * A roll line beside the same account's line of the month before, so that the roll page can say why the amount is
 * what it is: a new account, a new monthly amount (a new standard or grade), back pay or recovery of named months.
 */
public record LineChange(RollLine line, RollLine previous, List<SettledMonth> settled) {

	public LineChange {
		settled = List.copyOf(settled);
	}

	public boolean isNew() {
		return previous == null;
	}

	/** The change of the total paid against last month (the whole total for a new account). */
	public BigDecimal difference() {
		return previous == null ? line.total() : line.total().subtract(previous.total());
	}

	public boolean regularChanged() {
		return previous != null && previous.regular().compareTo(line.regular()) != 0;
	}

	/** Nothing to explain: the same regular amount as last month and no earlier month settled. */
	public boolean unchanged() {
		return previous != null && !regularChanged() && settled.isEmpty() && difference().signum() == 0;
	}
}

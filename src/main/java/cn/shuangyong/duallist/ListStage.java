package cn.shuangyong.duallist;

/**
 * The yearly cycle of a double list: entries are collected, confirmed by the office, the list is published, its
 * entries followed up, then assessed, and the year is closed. Entries found during the year may still be filed
 * until assessment begins (动态增补).
 */
public enum ListStage {

	COLLECTING, CONFIRMING, PUBLISHED, FOLLOWING_UP, ASSESSING, CLOSED;

	public ListStage next() {
		if (this == CLOSED) {
			throw new IllegalStateException("清单已关闭");
		}
		return values()[ordinal() + 1];
	}

	boolean allowsFiling() {
		return compareTo(ASSESSING) < 0;
	}

	boolean allowsAcceptance() {
		return this != COLLECTING && compareTo(ASSESSING) < 0;
	}

	/** From publication on, an accepted entry is followed as a task at once. */
	boolean followsUp() {
		return compareTo(PUBLISHED) >= 0;
	}

	boolean allowsRating() {
		return this == PUBLISHED || this == FOLLOWING_UP || this == ASSESSING;
	}

	public String messageKey() {
		return "duallist.stage." + name();
	}
}

package cn.shuangyong.publicity;

/**
 * Where a work stands in its review. A submitted work is accepted or returned by the office; a returned work may be
 * submitted again once corrected; an accepted work counts toward the quotas and is not reviewed again.
 */
public enum WorkState {

	SUBMITTED, ACCEPTED, RETURNED;

	/** Only a work waiting for review can be accepted or returned. */
	public boolean reviewable() {
		return this == SUBMITTED;
	}

	/** Only a returned work goes back for review. */
	public boolean resubmittable() {
		return this == RETURNED;
	}

	public String messageKey() {
		return "publicity.state." + name();
	}
}

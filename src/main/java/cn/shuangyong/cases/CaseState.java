package cn.shuangyong.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a grievance case stands, and where it may go from there: the one place its transitions are written. */
public enum CaseState {

	/** Registered, waiting to be accepted or refused. */
	RECEIVED,
	/** Accepted and assigned to its handling unit. */
	ACCEPTED,
	/** Not accepted (不予受理), with the reason; final. */
	REFUSED,
	/** The handling unit has answered; the managing unit calls back and reviews. */
	RESOLVED,
	/** The person was 不满意: the higher office reviews it, once. */
	REOPENED,
	/** Closed with its review; final. */
	CLOSED;

	public Set<CaseState> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(ACCEPTED, REFUSED);
			case ACCEPTED -> EnumSet.of(RESOLVED);
			case RESOLVED -> EnumSet.of(REOPENED, CLOSED);
			case REOPENED -> EnumSet.of(CLOSED);
			case REFUSED, CLOSED -> EnumSet.noneOf(CaseState.class);
		};
	}

	public boolean open() {
		return this != REFUSED && this != CLOSED;
	}

	public String messageKey() {
		return "cases.state." + name();
	}
}

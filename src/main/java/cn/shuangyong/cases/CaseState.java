package cn.shuangyong.cases;

import java.util.EnumSet;
import java.util.Set;

import cn.shuangyong.shared.ConflictException;

/** Where a grievance case stands, and where it may go from there: the one place its transitions are written. */
public enum CaseState {

	/** Registered, waiting to be accepted or refused. */
	RECEIVED("待受理"),
	/** Accepted and assigned to its handling unit. */
	ACCEPTED("办理中"),
	/** Not accepted (不予受理), with the reason; final. */
	REFUSED("不予受理"),
	/** The handling unit has answered; the managing unit calls back and reviews. */
	RESOLVED("已办结待回访"),
	/** The person was 不满意: the higher office reviews it, once. */
	REOPENED("不满意待复查"),
	/** Closed with its review; final. */
	CLOSED("已结案");

	private final String label;

	CaseState(String label) {
		this.label = label;
	}

	/** The Chinese name used in the messages that refuse a move; pages use {@link #messageKey()}. */
	public String label() {
		return label;
	}

	/**
	 * Refuses a move this state does not allow, naming where the case stands and the step that has to come first: a
	 * case cannot skip a phase.
	 *
	 * @param work what was asked, for the message ("办结", "结案")
	 */
	public void requireMove(CaseState to, String work) {
		if (next().contains(to)) {
			return;
		}
		String first = switch (this) {
			case RECEIVED -> "须先受理并交办";
			case ACCEPTED -> "须先由承办单位办结";
			case RESOLVED -> "须先回访并结案审核";
			case REOPENED -> "须先由上级双拥办复查";
			case REFUSED, CLOSED -> "本案已经终结";
		};
		throw new ConflictException("案件状态：本案当前为“" + label + "”，不能" + work + "；" + first);
	}

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

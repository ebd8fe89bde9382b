package cn.shuangyong.priority;

import java.util.EnumSet;
import java.util.Set;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;

/**
 * Where a campaign stands, in the order of item 31's work: the sectors' self-checks, then the office's spot checks
 * and the rectification of what they found, then closure. A campaign moves one phase at a time: the one place its
 * transitions are written.
 */
public enum CampaignPhase {

	/** The responsible departments answer the checklist for their places. */
	SELF_CHECK("自查"),
	/** The office draws or chooses places and its inspectors record findings; failed ones are put right. */
	SPOT_CHECK("抽查整改"),
	/** Every finding passed or put right; nothing more is recorded. */
	CLOSED("已结束");

	private final String label;

	CampaignPhase(String label) {
		this.label = label;
	}

	public Set<CampaignPhase> next() {
		return switch (this) {
			case SELF_CHECK -> EnumSet.of(SPOT_CHECK);
			case SPOT_CHECK -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.noneOf(CampaignPhase.class);
		};
	}

	/** The Chinese name used in the messages that refuse a move; pages use {@link #messageKey()}. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "priority.phase." + name();
	}

	/**
	 * Refuses work that belongs to another phase, naming where the campaign stands and what has to come first.
	 *
	 * @param work what was asked, for the message ("填报自查", "抽取场所")
	 */
	public void require(CampaignPhase phase, String work) {
		if (this == phase) {
			return;
		}
		String why = ordinal() < phase.ordinal()
				? "请先由组织单位结束" + label + "阶段，进入" + phase.label + "阶段"
				: phase.label + "阶段已经结束";
		throw new ConflictException("检查阶段：本次活动处于" + label + "阶段，不能" + work + "；" + why);
	}

	public static CampaignPhase parse(String text) {
		for (CampaignPhase phase : values()) {
			if (phase.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return phase;
			}
		}
		throw new InvalidInputException("检查阶段：须为 SPOT_CHECK（抽查整改）或 CLOSED（已结束）");
	}
}

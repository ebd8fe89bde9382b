package cn.shuangyong.priority;

/** Where a finding stands: passed at once, open until put right, or put right once the office signs its task off. */
public enum FindingState {

	PASSED, OPEN, RECTIFIED;

	public String messageKey() {
		return "priority.finding.state." + name();
	}

	static FindingState parse(String text) {
		for (FindingState state : values()) {
			if (state.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return state;
			}
		}
		throw new cn.shuangyong.shared.InvalidInputException("状态（status）：须为 PASSED（合格）、OPEN（整改中）或 RECTIFIED（已整改）");
	}
}

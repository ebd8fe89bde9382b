package cn.shuangyong.schooling;

/**
 * Where an application stands. The county 教育局 admits or refuses it; a refused family may ask once for review by the
 * prefecture's, which admits or upholds the refusal. The transitions are written here and nowhere else.
 */
public enum ApplicationState {

	SUBMITTED, ADMITTED, REFUSED, UNDER_REVIEW, ADMITTED_ON_REVIEW, UPHELD;

	/** Still waiting for a decision: it counts against the deadline and the start of term. */
	public boolean open() {
		return this == SUBMITTED || this == UNDER_REVIEW;
	}

	ApplicationState decided(boolean admit) {
		return this == SUBMITTED ? (admit ? ADMITTED : REFUSED) : null;
	}

	ApplicationState reviewAsked() {
		return this == REFUSED ? UNDER_REVIEW : null;
	}

	ApplicationState reviewed(boolean admit) {
		return this == UNDER_REVIEW ? (admit ? ADMITTED_ON_REVIEW : UPHELD) : null;
	}

	public String messageKey() {
		return "schooling.state." + name();
	}
}

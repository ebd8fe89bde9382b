package cn.shuangyong.beneficiaries.plaques;

/** Why a plaque is replaced (湖南 rule, policy-facts §1): it aged or was damaged, or the family moved. */
public enum ReplacementReason {
	DAMAGED("老化或损坏"), MOVED("搬迁或户籍变动");

	private final String label;

	ReplacementReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

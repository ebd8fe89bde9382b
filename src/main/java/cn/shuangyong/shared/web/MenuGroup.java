package cn.shuangyong.shared.web;

/** The headings of the side menu, in the order they are drawn; the first has no heading. */
public enum MenuGroup {

	START(null), SUPERVISION("nav.group.supervision"), MECHANISMS("nav.group.mechanisms"),
	BENEFICIARIES("nav.group.beneficiaries"), BASICS("nav.group.basics");

	private final String labelKey;

	MenuGroup(String labelKey) {
		this.labelKey = labelKey;
	}

	/** The heading's text key, or null for the group drawn without heading. */
	public String labelKey() {
		return labelKey;
	}
}

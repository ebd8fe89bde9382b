package cn.shuangyong.privacy;

/** Sex as the ID number records it: the 17th digit, 顺序码's last, is odd for men and even for women (GB 11643-1999). */
public enum Sex {

	MALE("男"), FEMALE("女");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

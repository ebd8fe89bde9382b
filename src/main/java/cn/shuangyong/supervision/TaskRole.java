package cn.shuangyong.supervision;

/** What a unit does on a task: it leads it (牵头) or helps with it (配合). Lists mark each task with the user's. */
public enum TaskRole {

	LEAD("牵头"), COOPERATING("配合");

	private final String label;

	TaskRole(String label) {
		this.label = label;
	}

	/** The Chinese name, for the JSON API's {@code …Label} fields; pages use {@link #messageKey()}. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "supervision.role." + name();
	}
}

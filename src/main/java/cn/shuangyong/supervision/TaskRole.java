package cn.shuangyong.supervision;

/** What a unit does on a task: it leads it (牵头) or helps with it (配合). Lists mark each task with the user's. */
public enum TaskRole {

	LEAD, COOPERATING;

	public String messageKey() {
		return "supervision.role." + name();
	}
}

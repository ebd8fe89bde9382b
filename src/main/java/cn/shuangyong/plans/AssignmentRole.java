package cn.shuangyong.plans;

/** A unit's part in an item: it leads (牵头) or cooperates (配合/参加). */
public enum AssignmentRole {
	LEAD, COOPERATING
}

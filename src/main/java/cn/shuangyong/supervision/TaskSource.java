package cn.shuangyong.supervision;

/**
 * Where a task comes from: an item of a published plan, a 材料报送 request, and later the double lists and the
 * consultation meetings. The source's own id is kept with the task.
 */
public enum TaskSource {

	PLAN_ITEM, MATERIALS, DUAL_LIST, CONSULTATION
}

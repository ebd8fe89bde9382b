package cn.shuangyong.portal.web;

/**
 * One line of what waits for a user on the workbench: a count, what it counts (a message key with the count and an
 * optional name as arguments) and where the work is done.
 */
record WorkItem(String key, long count, String name, String href, boolean urgent) {

	static WorkItem of(String key, long count, String href) {
		return new WorkItem(key, count, null, href, false);
	}

	static WorkItem urgent(String key, long count, String href) {
		return new WorkItem(key, count, null, href, count > 0);
	}
}

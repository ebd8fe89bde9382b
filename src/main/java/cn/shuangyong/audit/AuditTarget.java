package cn.shuangyong.audit;

/**
 * What a business event was about: a kind of record and, where there is one, its id (a plan, a task, a list).
 *
 * @param type the kind of record, e.g. PLAN, TASK, DUAL_LIST
 * @param id the record's id, or null for an event about no single record (an export of a filtered list)
 */
public record AuditTarget(String type, String id) {

	public static AuditTarget of(String type, long id) {
		return new AuditTarget(type, Long.toString(id));
	}

	public static AuditTarget of(String type, String id) {
		return new AuditTarget(type, id);
	}
}

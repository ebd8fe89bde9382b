package cn.shuangyong.audit;

/**
 * One thing to record. {@code detail} must never hold personal data (ID numbers, phones): name the record instead.
 *
 * @param actor the account name, or what was typed at a failed login
 * @param eventType what happened, e.g. LOGIN_SUCCESS, ACCOUNT_CREATED, UNIT_UPDATED
 */
public record AuditEntry(String actor, Long actorUnit, String actorRegion, String sourceIp, String eventType,
		String objectType, String objectId, AuditOutcome outcome, String detail) {

	public AuditEntry {
		if (actor == null || actor.isBlank()) {
			actor = "(匿名)";
		}
		actor = clean(actor, 64);
		detail = detail == null ? null : clean(detail, 1000);
	}

	AuditEntry from(String ip) {
		return new AuditEntry(actor, actorUnit, actorRegion, ip, eventType, objectType, objectId, outcome, detail);
	}

	/** Line breaks and control characters are escaped so an entry can never forge another (log injection). */
	static String clean(String text, int max) {
		String escaped = text.replace("\r", "\\r").replace("\n", "\\n").replaceAll("\\p{Cntrl}", "?");
		return escaped.length() > max ? escaped.substring(0, max) : escaped;
	}
}

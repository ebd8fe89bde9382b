package cn.shuangyong.notifications;

import java.util.List;

/**
 * A message to the staff of some units.
 *
 * @param topic what it is about, e.g. REMINDER or CUI_BAN
 * @param link the page in the platform it is about, e.g. {@code /supervision/tasks/12}
 * @param documentLink a document to download with it, or null
 * @param taskId the task it concerns, or null
 * @param noticeId the notice (提醒、催办、督办) it carries, or null
 * @param senderUnitId the office that sends it
 * @param regionCode the region of the sending office, for who may see its deliveries
 * @param unitIds the units whose working staff receive it
 */
public record NewMessage(String topic, String subject, String body, String link, String documentLink, Long taskId,
		Long noticeId, long senderUnitId, String regionCode, List<Long> unitIds) {

	public NewMessage {
		unitIds = List.copyOf(unitIds);
		if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
			throw new IllegalArgumentException("a message needs a subject and a body");
		}
	}
}

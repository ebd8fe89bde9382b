package cn.shuangyong.notifications;

/** What a channel sends: the subject, the text, and a link back into the platform (absolute when a base URL is set). */
public record OutgoingMessage(long id, String subject, String body, String link) {
}

package cn.shuangyong.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are sent. E-mail is on when {@code spring.mail.host} and {@code mail.from} are set; the HTTP
 * messaging gateway when {@code gateway.url} is set. Without them only the inbox is used.
 *
 * @param maxAttempts attempts per delivery before it is marked failed
 * @param retryDelay wait before the next attempt, multiplied by the attempts made so far
 * @param baseUrl the platform's public address, to make links in e-mails and SMS absolute; none when empty
 */
@ConfigurationProperties("shuangyong.notifications")
record NotificationSettings(@DefaultValue("3") int maxAttempts, @DefaultValue("PT5M") Duration retryDelay,
		String baseUrl, @DefaultValue Mail mail, @DefaultValue Gateway gateway) {

	NotificationSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("shuangyong.notifications.max-attempts must be at least 1");
		}
	}

	/** @param from the sender address, e.g. 双拥工作平台 &lt;shuangyong@example.gov.cn&gt; */
	record Mail(String from) {
	}

	/**
	 * A generic HTTP gateway for SMS or government messaging (政务短信、政务微信 relays): each message is POSTed as
	 * JSON {@code {"phone": …, "text": …}}, with {@code Authorization: Bearer <token>} when a token is set.
	 */
	record Gateway(String url, String token, @DefaultValue("PT10S") Duration timeout,
			@DefaultValue("【双拥工作平台】") String signature) {
	}
}

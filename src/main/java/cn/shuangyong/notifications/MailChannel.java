package cn.shuangyong.notifications;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP ({@code spring.mail.host}, {@code spring.mail.port}, user and password as Spring Boot reads them),
 * from {@code shuangyong.notifications.mail.from}. Off unless both are set.
 */
@Component
@Order(1)
class MailChannel implements Channel {

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	MailChannel(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
		this.sender = sender;
		this.from = settings.mail().from();
	}

	@Override
	public String name() {
		return "EMAIL";
	}

	@Override
	public boolean enabled() {
		return from != null && !from.isBlank() && sender.getIfAvailable() != null;
	}

	@Override
	public Optional<String> addressOf(Recipient recipient) {
		return Optional.ofNullable(recipient.email()).map(String::strip).filter(e -> e.contains("@"));
	}

	@Override
	public String noAddressReason() {
		return "该账号未登记电子邮箱";
	}

	@Override
	public void deliver(OutgoingMessage message, String address) throws DeliveryFailedException {
		JavaMailSender mail = sender.getObject();
		try {
			MimeMessage mime = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
			helper.setFrom(from);
			helper.setTo(address);
			helper.setSubject(message.subject());
			helper.setText(message.link() == null ? message.body() : message.body() + "\n\n" + message.link());
			mail.send(mime);
		}
		catch (MessagingException | MailException e) {
			throw new DeliveryFailedException("邮件发送失败：" + rootMessage(e), e);
		}
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}

package cn.shuangyong.notifications;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** SMS or government messaging to the recipient's mobile number, through the configured {@link TextGateway}. */
@Component
@Order(2)
class TextChannel implements Channel {

	// A text message stays short: the subject, the start of the text and the link.
	private static final int MAX_TEXT = 180;

	private final ObjectProvider<TextGateway> gateway;

	private final String signature;

	TextChannel(ObjectProvider<TextGateway> gateway, NotificationSettings settings) {
		this.gateway = gateway;
		this.signature = settings.gateway().signature();
	}

	@Override
	public String name() {
		return "SMS";
	}

	@Override
	public boolean enabled() {
		return gateway.getIfUnique() != null;
	}

	@Override
	public Optional<String> addressOf(Recipient recipient) {
		return Optional.ofNullable(recipient.phone()).map(p -> p.replaceAll("[\\s-]", "")).filter(p -> p.length() >= 7);
	}

	@Override
	public String noAddressReason() {
		return "该账号未登记手机号码";
	}

	@Override
	public void deliver(OutgoingMessage message, String address) throws DeliveryFailedException {
		String text = signature + message.subject() + "。" + message.body().replaceAll("\\s+", " ");
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT) + "…";
		}
		gateway.getIfUnique().send(address, message.link() == null ? text : text + " " + message.link());
	}
}

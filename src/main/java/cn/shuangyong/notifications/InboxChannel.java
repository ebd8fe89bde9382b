package cn.shuangyong.notifications;

import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 站内信: the message waits in the recipient's inbox in the platform. Always on; the delivery row is the inbox entry. */
@Component
@Order(0)
class InboxChannel implements Channel {

	static final String NAME = "INBOX";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean enabled() {
		return true;
	}

	@Override
	public Optional<String> addressOf(Recipient recipient) {
		return Optional.of(recipient.username());
	}

	@Override
	public void deliver(OutgoingMessage message, String address) {
		// Recording the delivery as sent is all it takes: the inbox reads the delivery rows.
	}
}

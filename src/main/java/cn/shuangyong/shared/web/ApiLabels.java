package cn.shuangyong.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The label the JSON API puts beside each code it returns ({@code "state": "SIGNED_OFF", "stateLabel": "已办结"}):
 * clients compare the stable code and show the label, so no enum name has to reach a person. The label is the
 * Chinese text of the pages' bundles, whatever language the caller asks for, as the API's error texts are.
 */
@Component
public class ApiLabels {

	private final MessageSource messages;

	ApiLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The Chinese text of a message key; a key without a text is a programming error and fails loudly. */
	public String of(String messageKey) {
		return messages.getMessage(messageKey, null, Locale.SIMPLIFIED_CHINESE);
	}
}

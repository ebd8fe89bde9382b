package cn.shuangyong.publicity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.shuangyong.shared.InvalidInputException;

/** A date typed in a form or an API parameter, refused with its field's Chinese name. */
final class FormDate {

	private FormDate() {
	}

	static LocalDate of(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("请填写" + field);
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field + "“" + text.strip() + "”不是有效日期，应为 2020-09-21 的形式");
		}
	}
}

package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.shuangyong.shared.InvalidInputException;

/** The date a bulletin counts to, as typed (2020-09-30), with a Chinese message when it is not. */
final class BulletinDates {

	private BulletinDates() {
	}

	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("请填写通报日期，格式如 2020-09-30");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("通报日期“" + text.strip() + "”不是有效日期，格式如 2020-09-30");
		}
	}
}

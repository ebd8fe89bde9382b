package cn.shuangyong.portal.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The Chinese sentence for a value that could not be read as its field's type ("500元" typed as 慰问金): it names the
 * field by its label in the bundles ({@code field.<name>}), says what the field accepts and repeats what was typed.
 */
final class ConversionProblem {

	private static final int SHOWN_CHARACTERS = 30;

	private ConversionProblem() {
	}

	static String message(MessageSource texts, Locale locale, String field, Class<?> type, Object value) {
		String label = texts.getMessage("field." + field, null, null, locale);
		String accepts = texts.getMessage("problem.accepts." + kind(type), null, locale);
		String typed = shown(value);
		return label == null ? texts.getMessage("problem.conversion.unnamed", new Object[] { accepts, typed }, locale)
				: texts.getMessage("problem.conversion", new Object[] { label, accepts, typed }, locale);
	}

	private static String kind(Class<?> type) {
		if (type == null) {
			return "other";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
				|| type == float.class) {
			return "number";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "integer";
		}
		if (type == LocalDate.class || type == LocalDateTime.class) {
			return "date";
		}
		if (type == Year.class) {
			return "year";
		}
		if (type == YearMonth.class) {
			return "month";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		return type.isEnum() ? "choice" : "other";
	}

	private static String shown(Object value) {
		String text = value instanceof String[] values && values.length > 0 ? values[0] : String.valueOf(value);
		text = text.codePoints().filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return text.codePointCount(0, text.length()) > SHOWN_CHARACTERS
				? text.substring(0, text.offsetByCodePoints(0, SHOWN_CHARACTERS)) + "…" : text;
	}
}

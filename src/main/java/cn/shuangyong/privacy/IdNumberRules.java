package cn.shuangyong.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of GB 11643-1999 for an 18-character citizen ID number, each failure its own Chinese sentence:
 * 6-digit address code whose first two digits are a province (GB/T 2260), 8-digit birth date yyyyMMdd (GB/T 7408),
 * 3-digit sequence and the MOD 11-2 check character. The date must exist, must not lie in the future and must not be
 * before 1890, which no living person or kept record of a beneficiary reaches.
 */
final class IdNumberRules {

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

	static final int LENGTH = 18;

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	/** What a spreadsheet shows for an ID stored as a number: its last digits are already lost. */
	private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");

	private static final int MAX_CHARACTER_PROBLEMS = 3;

	private IdNumberRules() {
	}

	static IdNumberResult check(String raw, LocalDate today, KnownCounties counties) {
		if (raw == null || raw.isBlank()) {
			return IdNumberResult.rejected(List.of("身份证号为空"));
		}
		if (SPREADSHEET_NUMBER.matcher(raw.strip()).matches()) {
			return IdNumberResult.rejected(
					List.of("身份证号必须为文本格式：表格把它存成了数字，后几位已经丢失，请把该列设为文本后重新录入"));
		}
		String text = IdNumberText.normalise(raw);
		List<String> problems = problems(text, today);
		if (!problems.isEmpty()) {
			return IdNumberResult.rejected(problems);
		}
		return IdNumberResult.accepted(new IdNumber(text), counties.warnings(text.substring(0, 6)));
	}

	/**
	 * Every rule a normalised number breaks.
	 *
	 * @param today null to skip the one rule that depends on the date (a stored number stays valid)
	 */
	static List<String> problems(String text, LocalDate today) {
		List<String> problems = structure(text);
		if (!problems.isEmpty()) {
			return problems;
		}
		String province = text.substring(0, 2);
		if (!ProvinceCodes.exists(province)) {
			problems.add(ProvinceCodes.problem(text.substring(0, 6)));
		}
		birthDateProblem(text.substring(6, 14), today).ifPresent(problems::add);
		char expected = CheckCharacter.of(text.subSequence(0, 17));
		if (text.charAt(17) != expected) {
			problems.add("第 18 位校验码应为 " + expected + "，实际为 " + text.charAt(17));
		}
		return problems;
	}

	/** 18 characters, the first 17 digits and the last a digit or X. */
	private static List<String> structure(String text) {
		List<String> problems = new ArrayList<>();
		int[] characters = text.codePoints().toArray();
		int wrong = 0;
		for (int i = 0; i < characters.length; i++) {
			int c = characters[i];
			if ((c >= '0' && c <= '9') || (c == 'X' && i == characters.length - 1)) {
				continue;
			}
			if (++wrong <= MAX_CHARACTER_PROBLEMS) {
				problems.add(c == 'X' ? "第 " + (i + 1) + " 位应为数字，实际为“X”（X 只能是第 18 位校验码）"
						: "含有非法字符“" + IdNumberText.shown(c) + "”（第 " + (i + 1) + " 位）");
			}
		}
		if (wrong > MAX_CHARACTER_PROBLEMS) {
			problems.add("另有 " + (wrong - MAX_CHARACTER_PROBLEMS) + " 个非法字符");
		}
		if (characters.length == 15 && wrong == 0) {
			problems.add(0, "这是 15 位的旧身份证号，请转换为 18 位");
		}
		else if (characters.length != LENGTH) {
			problems.add(0, "身份证号应为 18 位，实际为 " + characters.length + " 位");
		}
		return problems;
	}

	private static Optional<String> birthDateProblem(String digits, LocalDate today) {
		LocalDate date;
		try {
			date = LocalDate.parse(digits, BIRTH);
		}
		catch (DateTimeParseException e) {
			return Optional.of("出生日期 " + digits + " 不是有效日期");
		}
		if (date.isBefore(EARLIEST_BIRTH)) {
			return Optional.of("出生日期 " + digits + " 早于 1890 年，不合常理");
		}
		if (today != null && date.isAfter(today)) {
			return Optional.of("出生日期 " + digits + " 在未来（今天是 " + today + "）");
		}
		return Optional.empty();
	}

	static LocalDate birthDate(String text) {
		return LocalDate.parse(text.substring(6, 14), BIRTH);
	}
}

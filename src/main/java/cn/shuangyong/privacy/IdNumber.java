package cn.shuangyong.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A citizen ID number (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence whose
 * last digit gives the sex, and the check character. Personal data: {@link #toString()} masks it as
 * {@code 530102********1234}; the number itself comes only from {@link #value()}.
 * <p>
 * Read numbers from people and files with {@link #parse}, which normalises the text and names every problem. The
 * constructor takes a number already normalised (from the database) and refuses one that breaks a rule.
 *
 * @param value personal data: the 18 characters, digits and a final digit or X; for storage encrypted, for lookup
 * hashed, for display masked
 */
public record IdNumber(String value) {

	public IdNumber {
		List<String> problems = value == null ? List.of("身份证号为空") : IdNumberRules.problems(value, null);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Reads an ID number as typed or imported, checking Yunnan's numbers against its current counties.
	 *
	 * @param today the date a birth date may not be after; pass the real date, not the demo business date
	 */
	public static IdNumberResult parse(String text, LocalDate today) {
		return parse(text, today, KnownCounties.yunnan());
	}

	public static IdNumberResult parse(String text, LocalDate today, KnownCounties counties) {
		return IdNumberRules.check(text, today, counties);
	}

	/**
	 * Converts a 15-digit number of the first-generation ID card (issued until 1999 to people born in the 1900s; old
	 * 优抚 ledgers still hold many) into 18 characters: 19 is put before the 2-digit year and the check character is
	 * computed. The result carries a warning to compare it with the person's current card.
	 */
	public static IdNumberResult fromLegacy(String fifteenDigits, LocalDate today) {
		String text = fifteenDigits == null ? "" : IdNumberText.normalise(fifteenDigits);
		if (!text.matches("\\d{15}")) {
			return IdNumberResult.rejected(List.of("15 位旧身份证号应为 15 位数字"));
		}
		String body = text.substring(0, 6) + "19" + text.substring(6);
		IdNumberResult result = parse(body + CheckCharacter.of(body), today);
		if (!result.isValid()) {
			return result;
		}
		List<String> warnings = new ArrayList<>(result.warnings());
		warnings.add("由 15 位旧身份证号转换而来，请与本人现持身份证核对");
		return IdNumberResult.accepted(result.idNumber(), warnings);
	}

	public LocalDate birthDate() {
		return IdNumberRules.birthDate(value);
	}

	/** The 17th digit: odd for a man, even for a woman. */
	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** The county where the number was first issued, as GB/T 2260 coded it then. */
	public String addressCode() {
		return value.substring(0, 6);
	}

	/** Masked: 530102********1234. */
	@Override
	public String toString() {
		return Masking.idNumber(value);
	}
}

package cn.shuangyong.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Test ID numbers. The check character is found here by the raw ISO 7064 MOD 11-2 condition (the weighted sum of all
 * 18 characters, weights 2^(i-1) mod 11 from the right, is 1 mod 11), independently of {@link CheckCharacter}'s table.
 */
public final class IdNumbers {

	/** The date the tests stand at. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

	/** 五华区, 昆明; born 1985-06-15, sequence 123 (odd: male). */
	static final String KUNMING_MAN = withCheck("53010219850615123");

	/** The standard's own example: 北京朝阳, 1949-12-31, sequence 002 (even: female), check X. */
	static final String STANDARD_EXAMPLE = "11010519491231002X";

	private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82", "83");

	private static final LocalDate EARLIEST = LocalDate.of(1890, 1, 1);

	private IdNumbers() {
	}

	/** A valid number: a real province, a real birth date from 1890 to {@link #TODAY}, a random sequence. */
	static String random(Random random) {
		String address = PROVINCES.get(random.nextInt(PROVINCES.size())) + String.format("%04d", random.nextInt(10_000));
		LocalDate birth = EARLIEST.plusDays(random.nextInt((int) (TODAY.toEpochDay() - EARLIEST.toEpochDay() + 1)));
		String body = address + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", random.nextInt(1000));
		return withCheck(body);
	}

	public static String withCheck(String body) {
		for (int candidate = 0; candidate <= 10; candidate++) {
			String check = candidate == 10 ? "X" : String.valueOf(candidate);
			if (iso7064Holds(body + check)) {
				return body + check;
			}
		}
		throw new AssertionError("no check character satisfies MOD 11-2 for " + body);
	}

	/** Σ a_i·2^(i-1) ≡ 1 (mod 11) over all 18 characters, i counted from the right, X = 10. */
	static boolean iso7064Holds(String number) {
		int sum = 0;
		for (int i = 1; i <= 18; i++) {
			char c = number.charAt(18 - i);
			int value = c == 'X' ? 10 : c - '0';
			sum += value * (int) (Math.pow(2, i - 1) % 11);
		}
		return sum % 11 == 1;
	}
}

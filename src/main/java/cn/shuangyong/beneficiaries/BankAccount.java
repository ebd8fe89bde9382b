package cn.shuangyong.beneficiaries;

import java.text.Normalizer;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A bank account for 抚恤金 paid through the bank (社会化发放). Security requirements §3 #31: digits only, at least 12;
 * a 16–19-digit card number starting 62 (UnionPay) that fails the Luhn check gets a warning, not a refusal, since
 * passbook accounts do not follow it.
 *
 * @param value personal data: the digits
 * @param warnings things to check by hand, each a Chinese sentence
 */
record BankAccount(String value, List<String> warnings) {

	static final int MIN_DIGITS = 12;

	static final int MAX_DIGITS = 30;

	static BankAccount parse(String text) {
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\\p{Cf}]", "");
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidInputException("银行账号只能由数字组成");
		}
		if (digits.length() < MIN_DIGITS) {
			throw new InvalidInputException("银行账号至少应为 " + MIN_DIGITS + " 位数字，实际为 " + digits.length() + " 位");
		}
		if (digits.length() > MAX_DIGITS) {
			throw new InvalidInputException("银行账号最多 " + MAX_DIGITS + " 位数字，实际为 " + digits.length() + " 位");
		}
		boolean unionPayCard = digits.startsWith("62") && digits.length() >= 16 && digits.length() <= 19;
		return new BankAccount(digits, unionPayCard && !luhn(digits)
				? List.of("银行卡号未通过校验（Luhn），如为存折账号请忽略，否则请核对") : List.of());
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}

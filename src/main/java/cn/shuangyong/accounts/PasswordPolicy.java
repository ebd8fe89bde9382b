package cn.shuangyong.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a new password: long enough, from enough character classes, not a well-known weak password, not the account
 * name. Each failure is its own Chinese sentence.
 */
final class PasswordPolicy {

	static final int MAX_LENGTH = 128;

	/** A few of the most common passwords that pass the class rule; the length rule catches the rest. */
	private static final Set<String> WEAK = Set.of("password1!", "p@ssw0rd", "p@ssword1", "admin@123", "admin123!",
			"qwer1234!", "abc@1234", "abcd@1234", "aa123456!", "passw0rd!", "1qaz@wsx", "1qaz2wsx!", "zaq1@wsx",
			"qwe123!@#", "demo@2020", "welcome1!", "shuangyong1!", "shuangyong@1");

	private final int minLength;

	private final int minClasses;

	PasswordPolicy(SecurityPolicy.Password rules) {
		this.minLength = rules.minLength();
		this.minClasses = rules.minClasses();
	}

	List<String> violations(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < minLength) {
			problems.add("密码长度不能少于 " + minLength + " 位");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("密码长度不能超过 " + MAX_LENGTH + " 位");
		}
		if (classes(password) < minClasses) {
			problems.add("密码须包含大写字母、小写字母、数字、特殊字符中的至少 " + minClasses + " 类");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (WEAK.contains(lower)) {
			problems.add("该密码过于常见，容易被猜中，请换一个");
		}
		if (username != null && !username.isBlank() && lower.contains(UsernameKey.of(username))) {
			problems.add("密码不能包含账号名");
		}
		return problems;
	}

	static int classes(String password) {
		boolean upper = false, lower = false, digit = false, other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}

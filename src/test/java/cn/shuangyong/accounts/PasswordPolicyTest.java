package cn.shuangyong.accounts;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 等保 身份鉴别 a: at least 8 characters from 3 of the 4 classes, not a common password, not the account name. */
class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(new SecurityPolicy.Password(8, 3, Duration.ofDays(90)));

	@ParameterizedTest
	@ValueSource(strings = { "Xk7#mPq2", "abcdEFG1", "abcd#fg1", "ABCD#FG1", "Zhong-Guo-2024", "长城Ab12xy" })
	void acceptsEightCharactersFromThreeClasses(String password) {
		assertThat(policy.violations(password, "lufeng")).isEmpty();
	}

	@Test
	void acceptsLongPasswordsUpToTheMaximum() {
		assertThat(policy.violations("Aa1#".repeat(16), "lufeng")).isEmpty();
		assertThat(policy.violations("Aa1#".repeat(32), "lufeng")).isEmpty();
		assertThat(policy.violations("Aa1#".repeat(32) + "x", "lufeng")).containsExactly("密码长度不能超过 128 位");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Ab1#xyz", "Xk7#mPq" })
	void rejectsFewerThanEightCharacters(String password) {
		assertThat(policy.violations(password, "lufeng")).containsExactly("密码长度不能少于 8 位");
	}

	@Test
	void rejectsAMissingPassword() {
		assertThat(policy.violations(null, "lufeng")).containsExactly("密码长度不能少于 8 位");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh", "abcdefg1", "ABCDEFG1", "12345678#", "abcdEFGH", "########a" })
	void rejectsFewerThanThreeClasses(String password) {
		assertThat(policy.violations(password, "lufeng"))
			.containsExactly("密码须包含大写字母、小写字母、数字、特殊字符中的至少 3 类");
	}

	@ParameterizedTest
	@ValueSource(strings = { "P@ssw0rd", "Admin@123", "Demo@2020", "1qaz@WSX" })
	void rejectsCommonPasswords(String password) {
		assertThat(policy.violations(password, "lufeng")).containsExactly("该密码过于常见，容易被猜中，请换一个");
	}

	@ParameterizedTest
	@ValueSource(strings = { "lufeng#2024", "LuFeng#2024", "x-LUFENG-9", "2024@lufengX" })
	void rejectsPasswordsContainingTheAccountName(String password) {
		assertThat(policy.violations(password, "lufeng")).containsExactly("密码不能包含账号名");
		assertThat(policy.violations(password, "Lufeng")).containsExactly("密码不能包含账号名");
	}

	@Test
	void namesEveryBrokenRule() {
		assertThat(policy.violations("lufengxyz", "lufeng")).containsExactly(
				"密码须包含大写字母、小写字母、数字、特殊字符中的至少 3 类", "密码不能包含账号名");
	}

	@Test
	void agreesWithAnIndependentReadingOfTheRulesOnRandomPasswords() {
		Random random = new Random(20261128);
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#@!-_ 长城";
		for (int i = 0; i < 10_000; i++) {
			StringBuilder password = new StringBuilder();
			int length = random.nextInt(14);
			for (int c = 0; c < length; c++) {
				password.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String candidate = password.toString();
			assertThat(policy.violations(candidate, "zhan").isEmpty()).as(candidate).isEqualTo(acceptable(candidate, "zhan"));
		}
	}

	/** The rules read straight from the requirement, with regular expressions rather than a character loop. */
	private static boolean acceptable(String password, String username) {
		int classes = (password.matches(".*[A-Z].*") ? 1 : 0) + (password.matches(".*[a-z].*") ? 1 : 0)
				+ (password.matches(".*[0-9].*") ? 1 : 0) + (password.matches(".*[^A-Za-z0-9].*") ? 1 : 0);
		return password.length() >= 8 && password.length() <= 128 && classes >= 3
				&& !password.toLowerCase().contains(username);
	}
}

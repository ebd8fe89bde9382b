package cn.shuangyong.accounts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Case, surrounding blanks and full-width letters do not make another account. */
class UsernameKeyTest {

	@ParameterizedTest
	@ValueSource(strings = { "lufeng", "Lufeng", "LUFENG", " lufeng ", "\tlufeng\n", "ｌｕｆｅｎｇ", "ＬＵＦＥＮＧ", "\u3000lufeng\u3000" })
	void readsEveryWritingOfANameAsOneKey(String written) {
		assertThat(UsernameKey.of(written)).isEqualTo("lufeng");
	}

	@ParameterizedTest
	@ValueSource(strings = { "LuFeng", " LuFeng ", "ＬｕＦｅｎｇ" })
	void keepsTheCaseOfTheNameAsWrittenInOrdinaryLetters(String written) {
		assertThat(UsernameKey.normalized(written)).isEqualTo("LuFeng");
	}
}

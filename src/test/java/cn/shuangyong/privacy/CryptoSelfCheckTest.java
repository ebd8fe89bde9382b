package cn.shuangyong.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class CryptoSelfCheckTest {

	@Test
	void passesWithTheAlgorithmsThePlatformUses() {
		assertThatCode(() -> CryptoSelfCheck.standard().afterPropertiesSet()).doesNotThrowAnyException();
	}

	@Test
	void checksTheVectorsOfTheStandards() {
		assertThat(KnownAnswer.standard()).extracting(KnownAnswer::expectedHex)
			.contains("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
					"681edf34d206965e86b3e94f536e4246")
			.hasSize(4);
		assertThat(KnownAnswer.standard()).extracting(KnownAnswer::name)
			.anySatisfy(name -> assertThat(name).contains("GB/T 32905-2016"))
			.anySatisfy(name -> assertThat(name).contains("GB/T 32907-2016"))
			.anySatisfy(name -> assertThat(name).contains("SM4-GCM"));
	}

	@Test
	void eachStandardAnswerIsWhatItsComputationGives() {
		for (KnownAnswer answer : KnownAnswer.standard()) {
			assertThat(HexFormat.of().formatHex(answer.computation().get())).as(answer.name())
				.isEqualTo(answer.expectedHex());
		}
	}

	@Test
	void refusesToStartWhenAnAlgorithmGivesAnotherAnswer() {
		KnownAnswer broken = new KnownAnswer("SM3(\"abc\")", () -> new byte[] { 1, 2, 3 },
				"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		CryptoSelfCheck check = new CryptoSelfCheck(List.of(KnownAnswer.standard().get(0), broken));

		assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
			.hasMessage("密码算法自检失败，拒绝启动：SM3(\"abc\") 应为 "
					+ "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0，实际为 010203");
	}

	@Test
	void refusesToStartWhenAPublishedAnswerIsNotMet() {
		KnownAnswer sm4 = KnownAnswer.standard().get(1);
		KnownAnswer wrong = new KnownAnswer(sm4.name(), sm4.computation(), "681edf34d206965e86b3e94f536e4247");

		assertThatThrownBy(new CryptoSelfCheck(List.of(wrong))::afterPropertiesSet)
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("GB/T 32907-2016");
	}
}

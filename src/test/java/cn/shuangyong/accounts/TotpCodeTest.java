package cn.shuangyong.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The second factor of the administrator roles: RFC 6238 TOTP with HMAC-SHA1, 30-second steps. */
class TotpCodeTest {

	/** RFC 6238 Appendix B: the SHA1 seed is the ASCII string "12345678901234567890". */
	private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** The same seed in base32, as an authenticator app is given it. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheSha1TestVectorsOfRfc6238(long unixTime, String expected) {
		assertThat(TotpCode.generate(RFC_SEED, unixTime / 30, 8)).isEqualTo(expected);
	}

	@Test
	void decodesBase32SecretsToTheirBytes() {
		assertThat(TotpCode.decode(RFC_SECRET)).isEqualTo(RFC_SEED);
		assertThat(TotpCode.decode(TotpCode.newSecret())).hasSize(20);
	}

	@Test
	void acceptsTheCodeOfTheCurrentStepAndOneStepEitherSide() {
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		assertThat(TotpCode.verify(RFC_SECRET, TotpCode.at(RFC_SECRET, now), now)).isTrue();
		assertThat(TotpCode.verify(RFC_SECRET, TotpCode.at(RFC_SECRET, now.minusSeconds(30)), now)).isTrue();
		assertThat(TotpCode.verify(RFC_SECRET, TotpCode.at(RFC_SECRET, now.plusSeconds(30)), now)).isTrue();
	}

	@Test
	void rejectsCodesTwoStepsAwayAndMalformedCodes() {
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		assertThat(TotpCode.verify(RFC_SECRET, TotpCode.at(RFC_SECRET, now.minusSeconds(60)), now)).isFalse();
		assertThat(TotpCode.verify(RFC_SECRET, TotpCode.at(RFC_SECRET, now.plusSeconds(60)), now)).isFalse();
		assertThat(TotpCode.verify(RFC_SECRET, null, now)).isFalse();
		assertThat(TotpCode.verify(RFC_SECRET, "", now)).isFalse();
		assertThat(TotpCode.verify(RFC_SECRET, "12345", now)).isFalse();
		assertThat(TotpCode.verify(RFC_SECRET, "abcdef", now)).isFalse();
	}

	@Test
	void givesEveryAdministratorTheirOwnSecret() {
		assertThat(TotpCode.newSecret()).isNotEqualTo(TotpCode.newSecret()).matches("[A-Z2-7]{32}");
	}
}

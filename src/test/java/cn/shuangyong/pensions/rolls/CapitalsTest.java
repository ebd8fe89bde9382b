package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapitalsTest {

	@Test
	void writesAmountsAsAPaymentDocumentDoes() {
		assertThat(Capitals.of(new BigDecimal("6577.50"))).isEqualTo("陆仟伍佰柒拾柒元伍角整");
		assertThat(Capitals.of(new BigDecimal("100.05"))).isEqualTo("壹佰元零伍分");
		assertThat(Capitals.of(new BigDecimal("10005"))).isEqualTo("壹万零伍元整");
		assertThat(Capitals.of(new BigDecimal("1000005.10"))).isEqualTo("壹佰万零伍元壹角整");
		assertThat(Capitals.of(new BigDecimal("20001000"))).isEqualTo("贰仟万壹仟元整");
		assertThat(Capitals.of(new BigDecimal("358412.37"))).isEqualTo("叁拾伍万捌仟肆佰壹拾贰元叁角柒分");
		assertThat(Capitals.of(BigDecimal.ZERO)).isEqualTo("零元整");
	}
}

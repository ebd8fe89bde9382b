package cn.shuangyong.pensions;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitlementTest {

	@Test
	void illnessCarriesGradesOneToSixOnly() {
		assertThat(Entitlement.disability(6, DisabilityNature.ILLNESS).label()).isEqualTo("6级因病");
		assertThatThrownBy(() -> Entitlement.disability(7, DisabilityNature.ILLNESS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("因病为 1 至 6 级");
	}

	@Test
	void aPerYearCategoryNeedsTheYearsServedAndOthersIgnoreThem() {
		assertThat(Entitlement.of(PensionCategory.RURAL_OLD_CONSCRIPT, 3).label()).isEqualTo("农村籍老义务兵（服役 3 年）");
		assertThat(Entitlement.of(PensionCategory.MARTYR_FAMILY, 5).yearsServed()).isZero();
		assertThatThrownBy(() -> Entitlement.of(PensionCategory.RURAL_OLD_CONSCRIPT, 0))
			.hasMessageContaining("服役年数");
	}
}

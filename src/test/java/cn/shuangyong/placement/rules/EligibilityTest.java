package cn.shuangyong.placement.rules;

import java.time.LocalDate;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Eligibility follows the statute in force on the discharge date, and cites its article. */
class EligibilityTest {

	@Test
	void usesThe2011RegulationsUpToTheLastDayOfAugust2024() {
		Eligibility e = Eligibility.of(LocalDate.of(2024, 8, 31), Ground.SERVICE_12_YEARS);
		assertThat(e.statute()).isEqualTo(Statute.REGULATIONS_2011);
		assertThat(e.citation()).isEqualTo("《退役士兵安置条例》第二十九条第一项");
	}

	@Test
	void usesThe2024RegulationsFromTheFirstOfSeptember2024() {
		Eligibility e = Eligibility.of(LocalDate.of(2024, 9, 1), Ground.MARTYR_CHILD);
		assertThat(e.statute()).isEqualTo(Statute.REGULATIONS_2024);
		assertThat(e.citation()).isEqualTo("《退役军人安置条例》第二十五条第六项");
	}

	@Test
	void refusesAFirstLevelCommendationUnderThe2011Regulations() {
		assertThatThrownBy(() -> Eligibility.of(LocalDate.of(2020, 9, 1), Ground.FIRST_LEVEL_COMMENDATION))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("不符合安排工作条件");
		assertThat(Eligibility.of(LocalDate.of(2025, 3, 1), Ground.FIRST_LEVEL_COMMENDATION).article())
			.isEqualTo("第二十五条第四项");
	}

	@Test
	void refusesADischargeBeforeThe2011RegulationsTookEffect() {
		assertThatThrownBy(() -> Eligibility.of(LocalDate.of(2011, 10, 31), Ground.MERIT))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("2011-11-01");
	}
}

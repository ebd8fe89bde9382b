package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RatesInForceTest {

	static final LocalDate Y2019 = LocalDate.of(2019, 8, 1);

	static final LocalDate Y2020 = LocalDate.of(2020, 8, 1);

	@Test
	void eachKeyTakesTheLatestStandardInForceOnTheDay() {
		List<StoredRate> rates = List.of(disability(Y2019, 1, DisabilityNature.IN_BATTLE, "88150"),
				disability(Y2020, 1, DisabilityNature.IN_BATTLE, "96970"));
		assertThat(RatesInForce.on(LocalDate.of(2020, 7, 31), rates).disability()).singleElement()
			.satisfies(r -> assertThat(r.amountPerYear()).isEqualByComparingTo("88150"));
		assertThat(RatesInForce.on(Y2020, rates).disability()).singleElement()
			.satisfies(r -> assertThat(r.amountPerYear()).isEqualByComparingTo("96970"));
		assertThat(RatesInForce.on(LocalDate.of(2019, 7, 31), rates).disability()).isEmpty();
	}

	@Test
	void aCategoryStandardStaysInForceUntilANewerOneNamesTheCategory() {
		List<StoredRate> rates = List.of(category(Y2019, PensionCategory.MARTYR_FAMILY, "27980"),
				disability(Y2020, 1, DisabilityNature.IN_BATTLE, "96970"));
		var inForce = RatesInForce.on(LocalDate.of(2022, 9, 30), rates);
		assertThat(inForce.categories()).singleElement()
			.satisfies(r -> assertThat(r.effectiveOn()).isEqualTo(Y2019));
		assertThat(inForce.missing()).doesNotContain(PensionCategory.MARTYR_FAMILY)
			.contains(PensionCategory.RURAL_DEMOBILISED);
	}

	@Test
	void aProvinceTopUpIsAddedToTheNationalAmountOfTheSameKey() {
		List<StoredRate> rates = List.of(disability(Y2020, 3, DisabilityNature.ON_DUTY, "72360"),
				new StoredRate(StandardLayer.TOP_UP, LocalDate.of(2020, 9, 1), "省增发", "依据", 3,
						DisabilityNature.ON_DUTY, null, new BigDecimal("1200"), RateBasis.PUBLISHED, false, null));
		assertThat(RatesInForce.on(LocalDate.of(2020, 8, 31), rates).disability().get(0).amountPerYear())
			.isEqualByComparingTo("72360");
		var withTopUp = RatesInForce.on(LocalDate.of(2020, 9, 30), rates).disability().get(0);
		assertThat(withTopUp.amountPerYear()).isEqualByComparingTo("73560");
		assertThat(withTopUp.national()).isEqualByComparingTo("72360");
		assertThat(withTopUp.topUp()).isEqualByComparingTo("1200");
	}

	@Test
	void ratesComeByGradeThenInBattleOnDutyIllness() {
		List<StoredRate> rates = List.of(disability(Y2020, 2, DisabilityNature.ILLNESS, "1"),
				disability(Y2020, 1, DisabilityNature.ON_DUTY, "1"), disability(Y2020, 2, DisabilityNature.IN_BATTLE, "1"),
				disability(Y2020, 1, DisabilityNature.IN_BATTLE, "1"));
		assertThat(RatesInForce.on(Y2020, rates).disability()).extracting(r -> r.grade() + r.nature().chinese())
			.containsExactly("1因战", "1因公", "2因战", "2因病");
	}

	static StoredRate disability(LocalDate on, int grade, DisabilityNature nature, String amount) {
		return new StoredRate(StandardLayer.NATIONAL, on, "标准", "依据", grade, nature, null, new BigDecimal(amount),
				RateBasis.PUBLISHED, false, null);
	}

	static StoredRate category(LocalDate on, PensionCategory category, String amount) {
		return new StoredRate(StandardLayer.NATIONAL, on, "标准", "依据", null, null, category, new BigDecimal(amount),
				RateBasis.PUBLISHED, false, null);
	}
}

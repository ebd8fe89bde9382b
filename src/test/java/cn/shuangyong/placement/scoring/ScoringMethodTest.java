package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The 2018 暂行办法's arithmetic, and what a method refuses. */
class ScoringMethodTest {

	static final ScoringMethod METHOD_2018 = new ScoringMethod(1, "2018年暂行办法", "暂行办法", "来源",
			LocalDate.of(2018, 12, 1), LocalDate.of(2022, 8, 31), List.of(
					item("SERVICE", ItemUnit.YEAR, "3", 12), item("SERVICE_BEYOND_12", ItemUnit.YEAR, "4", null),
					item("PEACE_COMMENDATION", ItemUnit.EACH, "0.5", null), item("PEACE_MERIT_3", ItemUnit.EACH, "10", null),
					item("WAR_MERIT_1", ItemUnit.EACH, "80", null), item("IN_BATTLE_5", ItemUnit.ONCE, "50", null),
					item("HARDSHIP_3", ItemUnit.MONTH, "0.25", null),
					new ScoringItem("MARTYR_CHILD", "烈士子女", ItemUnit.ONCE, null, ItemBasis.TO_BE_SET, null, null)));

	@Test
	void scoresThreePointsAYearUpToTwelveAndFourForEachYearBeyond() {
		assertThat(total(claim("SERVICE", "5"))).isEqualByComparingTo("15");
		assertThat(total(claim("SERVICE", "12"))).isEqualByComparingTo("36");
		assertThat(total(claim("SERVICE", "14.5"))).isEqualByComparingTo("46");
	}

	@Test
	void addsAwardsDisabilityAndHardshipMonthsToTheYears() {
		ScoreSheet sheet = METHOD_2018.score(List.of(claim("SERVICE", "12"), claim("PEACE_COMMENDATION", "3"),
				claim("PEACE_MERIT_3", "1"), claim("IN_BATTLE_5", "1"), claim("HARDSHIP_3", "18")));
		assertThat(sheet.total()).isEqualByComparingTo("102");
		assertThat(sheet.lines()).extracting(ScoredLine::evidenceDocNo).containsOnly("文号");
	}

	@Test
	void refusesALineWithoutEvidence() {
		assertThatThrownBy(() -> ScoreClaim.of("PEACE_MERIT_3", BigDecimal.ONE, "立功证书", " "))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("缺少证明材料");
		assertThatThrownBy(() -> ScoreClaim.of("PEACE_MERIT_3", BigDecimal.ONE, null, "证字第1号"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("缺少证明材料");
	}

	@Test
	void refusesAnItemWhoseValueTheProvinceHasNotSet() {
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("MARTYR_CHILD", "1"))))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("尚待省级确定");
	}

	@Test
	void refusesUnknownRepeatedAndMalformedClaims() {
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("ASTRONAUT", "1"))))
			.hasMessageContaining("没有评分项目「ASTRONAUT」");
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("SERVICE", "2"), claim("SERVICE", "3"))))
			.hasMessageContaining("重复填写");
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("SERVICE", "2.3")))).hasMessageContaining("0.5年");
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("PEACE_MERIT_3", "1.5")))).hasMessageContaining("整数");
		assertThatThrownBy(() -> METHOD_2018.score(List.of(claim("SERVICE_BEYOND_12", "2"))))
			.hasMessageContaining("按总年限填写");
	}

	@Test
	void appliesToTheDischargeDatesItCovers() {
		assertThat(METHOD_2018.appliesTo(LocalDate.of(2020, 9, 1))).isTrue();
		assertThat(METHOD_2018.appliesTo(LocalDate.of(2022, 9, 1))).isFalse();
		assertThat(METHOD_2018.unsettled()).extracting(ScoringItem::code).containsExactly("MARTYR_CHILD");
	}

	@Test
	void countsAPartYearUnderSixMonthsAsHalfAndFromSixMonthsAsWhole() {
		assertThat(ServiceYears.counted(LocalDate.of(2018, 9, 1), LocalDate.of(2020, 9, 1))).isEqualByComparingTo("2");
		assertThat(ServiceYears.counted(LocalDate.of(2015, 9, 1), LocalDate.of(2020, 12, 1))).isEqualByComparingTo("5.5");
		assertThat(ServiceYears.counted(LocalDate.of(2015, 9, 1), LocalDate.of(2021, 3, 1))).isEqualByComparingTo("6");
		assertThat(ServiceYears.counted(LocalDate.of(2015, 9, 1), LocalDate.of(2020, 9, 2))).isEqualByComparingTo("5.5");
	}

	private static BigDecimal total(ScoreClaim claim) {
		return METHOD_2018.score(List.of(claim)).total();
	}

	private static ScoreClaim claim(String code, String quantity) {
		return ScoreClaim.of(code, new BigDecimal(quantity), "档案", "文号");
	}

	private static ScoringItem item(String code, ItemUnit unit, String points, Integer cap) {
		return new ScoringItem(code, code, unit, new BigDecimal(points), ItemBasis.PUBLISHED, cap, null);
	}
}

package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntitlementRulesTest {

	private static final LocalDate LAW = LocalDate.of(2021, 8, 1);

	private static final String LAW_SOURCE = "中华人民共和国军人地位和权益保障法";

	private final EntitlementRules rules = new EntitlementRules(List.of(
			rule(Basis.SERVICE, Stage.PRIMARY, "ENROL_NEAR_FAMILY_OR_UNIT", LocalDate.of(2019, 3, 2), LAW.minusDays(1), false),
			rule(Basis.HARDSHIP, Stage.SENIOR, "HIGH_SCHOOL_PRIORITY", LocalDate.of(2019, 3, 2), LAW.minusDays(1), false),
			rule(Basis.SERVICE, Stage.PRIMARY, "ENROL_NEAR_FAMILY_OR_UNIT", LAW, null, true),
			rule(Basis.HARDSHIP, Stage.PRIMARY, "ENROL_NEAR_FAMILY_OR_UNIT", LAW, null, true),
			rule(Basis.MARTYR, Stage.SENIOR, "HIGH_SCHOOL_PRIORITY", LAW, null, true),
			rule(Basis.MARTYR, Stage.SENIOR, "GAOKAO_POINTS", LAW, null, true)));

	@Test
	void theAutumn2020TermFollowsTheUnverifiedRulesBeforeTheLawAndTheAutumn2021TermArticle55() {
		assertThat(rules.of(Basis.SERVICE, Stage.PRIMARY, LocalDate.of(2020, 9, 1))).singleElement()
			.satisfies(e -> assertThat(e.verified()).isFalse());
		assertThat(rules.of(Basis.SERVICE, Stage.PRIMARY, LocalDate.of(2021, 9, 1))).singleElement()
			.satisfies(e -> {
				assertThat(e.verified()).isTrue();
				assertThat(e.source()).isEqualTo(LAW_SOURCE);
				assertThat(e.article()).isEqualTo("第五十五条");
			});
	}

	@Test
	void theLawTakesEffectOnTheFirstOfAugust2021() {
		assertThat(rules.of(Basis.HARDSHIP, Stage.PRIMARY, LAW.minusDays(1))).isEmpty();
		assertThat(rules.of(Basis.HARDSHIP, Stage.PRIMARY, LAW)).hasSize(1);
	}

	@Test
	void aMartyrsChildAtHighSchoolGetsPriorityAndPoints() {
		assertThat(rules.of(Basis.MARTYR, Stage.SENIOR, LAW)).extracting(Entitlement::code)
			.containsExactlyInAnyOrder("HIGH_SCHOOL_PRIORITY", "GAOKAO_POINTS");
	}

	@Test
	void refusesABasisTheRulesDoNotGiveAtThatStageNamingTheStagesTheyDo() {
		assertThatThrownBy(() -> rules.required(Basis.HARDSHIP, Stage.PRIMARY, LocalDate.of(2020, 9, 1)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("入学依据")
			.hasMessageContaining("只在高中享有优待");
		assertThatThrownBy(() -> rules.required(Basis.DIED_OF_ILLNESS, Stage.PRIMARY, LocalDate.of(2020, 9, 1)))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("任何学段都没有优待");
	}

	private static EntitlementRules.Rule rule(Basis basis, Stage stage, String code, LocalDate from, LocalDate to,
			boolean verified) {
		return new EntitlementRules.Rule(basis, stage, code, from, to, verified ? LAW_SOURCE : "条例及教育部规定",
				verified ? "第五十五条" : null, verified);
	}
}

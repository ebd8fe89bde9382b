package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.pensions.DisabilityNature;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingRulesTest {

	@Test
	void aNewRatingComesWithinThreeYearsOfTheInjury() {
		List<String> problems = new ArrayList<>();
		RatingRules.checkApplication(RatingKind.NEW, LocalDate.of(2017, 9, 1), null, null, null,
				LocalDate.of(2020, 9, 2), problems);
		assertThat(problems).singleElement().asString().contains("三年内").contains("补办");
		problems.clear();
		RatingRules.checkApplication(RatingKind.NEW, LocalDate.of(2017, 9, 2), null, null, null,
				LocalDate.of(2020, 9, 2), problems);
		assertThat(problems).isEmpty();
		RatingRules.checkApplication(RatingKind.LATE, LocalDate.of(2010, 1, 1), null, null, null,
				LocalDate.of(2020, 9, 2), problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void aReGradingComesAYearAfterThePreviousRatingAndAPersonWithAGradeIsReGraded() {
		List<String> problems = new ArrayList<>();
		RatingRules.checkApplication(RatingKind.ADJUST, LocalDate.of(2015, 1, 1), 6, 6, LocalDate.of(2019, 10, 1),
				LocalDate.of(2020, 9, 30), problems);
		assertThat(problems).singleElement().asString().contains("满一年").contains("2020-10-01");
		problems.clear();
		RatingRules.checkApplication(RatingKind.NEW, LocalDate.of(2020, 1, 1), 6, null, null,
				LocalDate.of(2020, 9, 30), problems);
		assertThat(problems).singleElement().asString().contains("请按调整申请");
	}

	@Test
	void illnessIsRatedOneToSixAndOnlyForConscriptsAndJuniorNcos() {
		assertThatThrownBy(() -> RatingRules.checkGrade(7, DisabilityNature.ILLNESS, true, "鉴定的残疾等级"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("1 至 6 级");
		assertThatThrownBy(() -> RatingRules.checkGrade(3, DisabilityNature.ILLNESS, false, "鉴定的残疾等级"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("义务兵和初级士官");
		assertThatThrownBy(() -> RatingRules.checkGrade(11, DisabilityNature.ON_DUTY, false, "鉴定的残疾等级"))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("1 至 10 级");
		RatingRules.checkGrade(10, DisabilityNature.ON_DUTY, false, "鉴定的残疾等级");
		RatingRules.checkGrade(6, DisabilityNature.ILLNESS, true, "鉴定的残疾等级");
	}

	@Test
	void paymentStartsTheMonthAfterApprovalUntilTheMonthOfApprovalFrom2024October() {
		assertThat(RatingRules.firstMonth(LocalDate.of(2020, 9, 30))).isEqualTo(YearMonth.of(2020, 10));
		assertThat(RatingRules.firstMonth(LocalDate.of(2024, 9, 30))).isEqualTo(YearMonth.of(2024, 10));
		assertThat(RatingRules.firstMonth(LocalDate.of(2024, 10, 1))).isEqualTo(YearMonth.of(2024, 10));
	}

	@Test
	void anApplicationNamesEveryBadField() {
		assertThatThrownBy(() -> RatingApplication.of(null, "重办", "因累", false, "2020-13-01", null, null, " ", ""))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).problems()).anyMatch(p -> p.contains("personId"))
				.anyMatch(p -> p.contains("评残类别")).anyMatch(p -> p.contains("残疾性质"))
				.anyMatch(p -> p.contains("负伤（确诊）日期")).anyMatch(p -> p.contains("致残经过"))
				.anyMatch(p -> p.contains("申请日期")));
	}

	@Test
	void theChainMovesOneStepAtATimeAndRefusesToSkip() {
		Rating applied = new Rating(1, 2, "张三", "5323**********1234", "532322", "532322",
				RatingApplication.of(2L, "NEW", "ON_DUTY", false, "2020-01-01", null, null, "训练中受伤", "2020-09-01"),
				RatingStep.APPLIED, null, null, null, null, null, null, null, null, 0);
		assertThatThrownBy(() -> applied.report(LocalDate.of(2020, 9, 2))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("待县级受理审查");
		Rating assessed = applied.accept()
			.assess(new MedicalOpinion(5, "楚雄州人民医院", LocalDate.of(2020, 9, 10), "鉴字 1 号"));
		assertThat(assessed.step()).isEqualTo(RatingStep.ASSESSED);
		Rating noticed = assessed.noticeOpened(9);
		assertThat(noticed.noticeClosed(false).step()).isEqualTo(RatingStep.ACCEPTED);
		assertThatThrownBy(() -> noticed.refuse("不符合条件")).isInstanceOf(ConflictException.class);
		Rating approved = noticed.noticeClosed(true).report(LocalDate.of(2020, 9, 25)).review(LocalDate.of(2020, 9, 28))
			.approve("云残 0001", LocalDate.of(2020, 9, 30));
		assertThat(approved.approval().firstMonth()).isEqualTo(YearMonth.of(2020, 10));
		assertThat(approved.entitlement().label()).isEqualTo("5级因公");
		assertThatThrownBy(() -> approved.approve("云残 0002", LocalDate.of(2020, 9, 30)))
			.isInstanceOf(ConflictException.class);
	}
}

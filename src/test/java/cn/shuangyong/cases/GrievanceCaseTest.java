package cn.shuangyong.cases;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrievanceCaseTest {

	private static final CaseTimeLimits LIMITS = CaseTimeLimits.DEFAULTS;

	private static final long OFFICE = 1;

	private static final long HANDLER = 2;

	private static final LocalDate RECEIVED = LocalDate.of(2020, 8, 10);

	@Test
	void theDefaultLimitsAreFifteenDaysToAcceptSixtyToAnswerAndThirtyMoreOnce() {
		assertThat(LIMITS.acceptBy(RECEIVED)).isEqualTo(LocalDate.of(2020, 8, 25));
		assertThat(LIMITS.answerBy(LocalDate.of(2020, 8, 14))).isEqualTo(LocalDate.of(2020, 10, 13));
		assertThat(LIMITS.latestExtension(LocalDate.of(2020, 10, 13))).isEqualTo(LocalDate.of(2020, 11, 12));
		assertThat(new CaseTimeLimits(10, null, null, null).answerDays()).as("unset limits keep their default").isEqualTo(60);
	}

	@Test
	void anOpenCaseOlderThanTheLimitsTogetherIsOldAndAClosedOrRepeatOneIsNot() {
		assertThat(LIMITS.oldAfterDays()).as("accept, answer and extension together").isEqualTo(105);
		assertThat(new CaseTimeLimits(10, 20, 5, null).oldAfterDays()).isEqualTo(35);
		GrievanceCase received = received();
		assertThat(received.ageOn(LocalDate.of(2020, 11, 23))).isEqualTo(105);
		assertThat(received.oldOn(LocalDate.of(2020, 11, 23), LIMITS)).isFalse();
		assertThat(received.oldOn(LocalDate.of(2020, 11, 24), LIMITS)).isTrue();
		assertThat(received.oldOn(LocalDate.of(2020, 9, 1), new CaseTimeLimits(15, 60, 30, 20))).as("the setting")
			.isTrue();
		GrievanceCase refused = received.refuse("不属于受理范围", LocalDate.of(2020, 8, 12));
		assertThat(refused.oldOn(LocalDate.of(2021, 1, 1), LIMITS)).isFalse();
	}

	@Test
	void aToughCaseOwesAReportAMonthAfterItsAcceptanceOrItsLastReport() {
		GrievanceCase accepted = received().accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS);
		assertThat(accepted.reportDue(null)).as("not a 攻坚 case").isNull();
		GrievanceCase tough = accepted.ledBy("分管副州长");
		assertThat(tough.reportDue(null)).isEqualTo(LocalDate.of(2020, 9, 14));
		assertThat(tough.reportDue(LocalDate.of(2020, 9, 10))).isEqualTo(LocalDate.of(2020, 10, 10));
		assertThat(tough.reportDue(LocalDate.of(2020, 8, 1))).as("a note before acceptance does not count")
			.isEqualTo(LocalDate.of(2020, 9, 14));
		assertThat(tough.resolve("已解决", LocalDate.of(2020, 9, 20)).reportDue(null)).as("answered: none owed")
			.isNull();
	}

	@Test
	void aCaseIsOverdueAfterItsAcceptLimitThenAfterItsAnswerLimitAsExtended() {
		GrievanceCase received = received();
		assertThat(received.overdueOn(LocalDate.of(2020, 8, 25))).isFalse();
		assertThat(received.overdueOn(LocalDate.of(2020, 8, 26))).isTrue();
		GrievanceCase accepted = received.accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS);
		assertThat(accepted.currentLimit()).isEqualTo(LocalDate.of(2020, 10, 13));
		assertThat(accepted.overdueOn(LocalDate.of(2020, 10, 14))).isTrue();
		GrievanceCase extended = accepted.extend(LocalDate.of(2020, 11, 1), "等待招聘计划", LIMITS);
		assertThat(extended.overdueOn(LocalDate.of(2020, 10, 14))).isFalse();
		assertThat(extended.currentLimit()).isEqualTo(LocalDate.of(2020, 11, 1));
		GrievanceCase resolved = extended.resolve("已安置", LocalDate.of(2020, 10, 30));
		assertThat(resolved.overdueOn(LocalDate.of(2021, 1, 1))).as("answered cases wait for no limit").isFalse();
		assertThat(resolved.answeredOnTime()).isTrue();
	}

	@Test
	void aCaseIsExtendedOnlyOnceAndByNoMoreThanTheSettingsAllow() {
		GrievanceCase accepted = received().accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS);
		assertThatThrownBy(() -> accepted.extend(LocalDate.of(2020, 11, 13), "理由", LIMITS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("不超过 30 天");
		assertThatThrownBy(() -> accepted.extend(LocalDate.of(2020, 10, 13), "理由", LIMITS))
			.hasMessageContaining("须晚于办理期限");
		assertThatThrownBy(() -> accepted.extend(LocalDate.of(2020, 11, 1), " ", LIMITS)).hasMessageContaining("延期理由");
		GrievanceCase extended = accepted.extend(LocalDate.of(2020, 11, 12), "理由", LIMITS);
		assertThatThrownBy(() -> extended.extend(LocalDate.of(2020, 11, 12), "再延", LIMITS))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("不能再次延期");
	}

	@Test
	void closureNeedsAResolutionAndDatesInOrder() {
		GrievanceCase accepted = received().accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS);
		assertThatThrownBy(() -> accepted.resolve("", LocalDate.of(2020, 9, 1))).hasMessageContaining("办理结果：请填写");
		assertThatThrownBy(() -> accepted.resolve("已办", LocalDate.of(2020, 8, 13))).hasMessageContaining("不能早于受理日期");
		assertThatThrownBy(() -> received().accept(HANDLER, LocalDate.of(2020, 8, 9), LIMITS))
			.hasMessageContaining("受理日期：不能早于登记日期");
		assertThatThrownBy(() -> accepted.close(Satisfaction.SATISFIED, "同意", LocalDate.of(2020, 9, 1)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void theFirstUnsatisfiedReopensTheCaseForReviewAndTheReviewClosesIt() {
		GrievanceCase resolved = received().accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS)
			.resolve("已补发", LocalDate.of(2020, 9, 1));
		GrievanceCase reopened = resolved.close(Satisfaction.UNSATISFIED, "本人不满意", LocalDate.of(2020, 9, 3));
		assertThat(reopened.state()).isEqualTo(CaseState.REOPENED);
		assertThat(reopened.reopened()).isTrue();
		assertThat(reopened.closedOn()).isNull();
		GrievanceCase reviewed = reopened.review("复查维持原处理意见", LocalDate.of(2020, 9, 20));
		assertThat(reviewed.state()).isEqualTo(CaseState.CLOSED);
		assertThat(reviewed.closureReview()).contains("本人不满意").contains("复查：复查维持原处理意见");
		assertThatThrownBy(() -> resolved.review("复查", LocalDate.of(2020, 9, 20))).isInstanceOf(ConflictException.class);
		assertThat(resolved.close(Satisfaction.BASIC, "基本满意", LocalDate.of(2020, 9, 3)).state()).isEqualTo(CaseState.CLOSED);
	}

	@Test
	void aCaseCannotSkipAPhaseAndTheMessageSaysWhatComesFirst() {
		assertThatThrownBy(() -> received().resolve("已办", LocalDate.of(2020, 9, 1))).isInstanceOf(ConflictException.class)
			.hasMessage("案件状态：本案当前为“待受理”，不能办结；须先受理并交办");
		assertThatThrownBy(() -> received().close(Satisfaction.SATISFIED, "同意", LocalDate.of(2020, 9, 1)))
			.hasMessage("案件状态：本案当前为“待受理”，不能回访结案；须先由承办单位办结");
		GrievanceCase accepted = received().accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS);
		assertThatThrownBy(() -> accepted.accept(HANDLER, LocalDate.of(2020, 8, 15), LIMITS))
			.hasMessage("案件状态：本案当前为“办理中”，不能受理；须先由承办单位办结");
		assertThatThrownBy(() -> accepted.review("复查", LocalDate.of(2020, 9, 20)))
			.hasMessageContaining("本案当前为“办理中”，只有回访不满意的案件由上级复查");
		GrievanceCase reopened = accepted.resolve("已补发", LocalDate.of(2020, 9, 1))
			.close(Satisfaction.UNSATISFIED, "本人不满意", LocalDate.of(2020, 9, 3));
		assertThatThrownBy(() -> reopened.close(Satisfaction.SATISFIED, "同意", LocalDate.of(2020, 9, 4)))
			.hasMessageContaining("须由上级双拥办复查");
		GrievanceCase refused = received().refuse("不属于受理范围", LocalDate.of(2020, 8, 12));
		assertThatThrownBy(() -> refused.accept(HANDLER, LocalDate.of(2020, 8, 14), LIMITS))
			.hasMessage("案件状态：本案当前为“不予受理”，不能受理；本案已经终结");
	}

	@Test
	void theManagingUnitCannotHandleItsOwnCase() {
		assertThatThrownBy(() -> received().accept(OFFICE, LocalDate.of(2020, 8, 14), LIMITS))
			.hasMessageContaining("承办单位：不能是交办单位自己");
	}

	private static GrievanceCase received() {
		return new GrievanceCase(7, "5323", OFFICE, CaseSource.PETITION, "PLACEMENT", "安置岗位未落实", "杨某", null, null,
				RECEIVED, LIMITS.acceptBy(RECEIVED), null, null, null, null, null, null, null, false, CaseState.RECEIVED,
				null, null, null, false, null, null, null, null, 0);
	}
}

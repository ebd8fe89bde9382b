package cn.shuangyong.modelcity;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign's moves and their guards, without Spring or a database. */
class CampaignTest {

	static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	static Campaign campaign(CampaignStage stage) {
		return new Campaign(1, 2020, "532302", "禄丰市", 10, 20, 1, 0, stage);
	}

	static Campaign inNotice(LocalDate start, LocalDate end) {
		Campaign c = campaign(CampaignStage.UNDER_REVIEW);
		c.openNotice(start, end, List.of(), false);
		return c;
	}

	@Test
	void cannotReviewBeforeSelfAssessment() {
		Campaign c = campaign(CampaignStage.SELF_ASSESSMENT);
		assertThatThrownBy(() -> c.requireUnderReview("录入审核评分")).isInstanceOf(ConflictException.class)
			.hasMessage("禄丰市当前处于“自评”阶段，不能录入审核评分：须先由禄丰市提交自评");
		assertThatThrownBy(() -> c.openNotice(TODAY, TODAY, List.of(), false)).isInstanceOf(ConflictException.class);
		assertThat(c.stage()).isEqualTo(CampaignStage.SELF_ASSESSMENT);
	}

	@Test
	void submittingNeedsEveryIndicatorAndThenGoesToReview() {
		Campaign c = campaign(CampaignStage.SELF_ASSESSMENT);
		assertThatThrownBy(() -> c.submitSelfAssessment(List.of("指标 1.1：未填写自评得分")))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("1.1");
		assertThat(c.stage()).isEqualTo(CampaignStage.SELF_ASSESSMENT);
		c.submitSelfAssessment(List.of());
		assertThat(c.stage()).isEqualTo(CampaignStage.UNDER_REVIEW);
		assertThatThrownBy(() -> c.submitSelfAssessment(List.of())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("该步骤已经过去");
	}

	@Test
	void aVetoedCandidateDoesNotGoToNotice() {
		Campaign c = campaign(CampaignStage.UNDER_REVIEW);
		assertThatThrownBy(() -> c.openNotice(TODAY, TODAY.plusDays(7), List.of(), true))
			.isInstanceOf(ConflictException.class).hasMessageContaining("一票否决");
		assertThatThrownBy(() -> c.openNotice(TODAY, TODAY.minusDays(1), List.of(), false))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("早于开始日期");
		assertThat(c.stage()).isEqualTo(CampaignStage.UNDER_REVIEW);
	}

	@Test
	void closingRecommendsOrSaysWhyNot() {
		Campaign c = inNotice(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 29));
		assertThatThrownBy(() -> c.closeNotice(false, " ")).isInstanceOf(InvalidInputException.class)
			.hasMessage("不予推荐时须写明理由");
		assertThat(c.stage()).isEqualTo(CampaignStage.PUBLIC_NOTICE);
		c.closeNotice(false, "实地考察发现台账不实");
		assertThat(c.stage()).isEqualTo(CampaignStage.NOT_RECOMMENDED);
		assertThat(c.closingNote()).isEqualTo("实地考察发现台账不实");
		assertThatThrownBy(() -> c.closeNotice(true, null)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("该步骤已经过去");
	}

	@Test
	void namingNeedsARecommendationAndAProperDocumentNumber() {
		Campaign c = inNotice(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 7));
		assertThatThrownBy(() -> c.name(DocNumber.parse("云双拥〔2020〕5号", "命名文件字号"), TODAY, TODAY))
			.isInstanceOf(ConflictException.class).hasMessageContaining("须先结束公示并推荐");
		c.closeNotice(true, null);
		assertThatThrownBy(() -> DocNumber.parse("云双拥[2020]05号", "命名文件字号")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("六角括号");
		assertThatThrownBy(() -> c.name(DocNumber.parse("云双拥〔2020〕5号", "命名文件字号"), TODAY.plusDays(1), TODAY))
			.isInstanceOf(InvalidInputException.class);
		c.name(DocNumber.parse("云双拥〔2020〕5号", "命名文件字号"), TODAY, TODAY);
		assertThat(c.stage()).isEqualTo(CampaignStage.NAMED);
		assertThat(c.namingDocNo()).isEqualTo("云双拥〔2020〕5号");
	}

	@Test
	void withdrawTitleNeedsGrounds() {
		Campaign c = campaign(CampaignStage.NAMED).restore(null, null, null, "云双拥〔2020〕5号",
				LocalDate.of(2020, 9, 1), null, null, null);
		assertThatThrownBy(() -> c.withdraw("  ", null, TODAY, TODAY)).isInstanceOf(InvalidInputException.class)
			.hasMessage("撤销命名须写明依据和理由");
		assertThat(c.stage()).isEqualTo(CampaignStage.NAMED);
		c.withdraw("2020 年度复查发现发生严重损害军政军民关系的事件", "", TODAY, TODAY);
		assertThat(c.stage()).isEqualTo(CampaignStage.WITHDRAWN);
		assertThat(c.withdrawalGrounds()).contains("复查");
		assertThatThrownBy(() -> c.withdraw("再次", null, TODAY, TODAY)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aTitleCannotBeWithdrawnBeforeItIsGiven() {
		Campaign c = campaign(CampaignStage.RECOMMENDED);
		assertThatThrownBy(() -> c.withdraw("理由", null, TODAY, TODAY)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("须先命名");
	}
}

package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What inspections refuse before anything is stored, each with a Chinese message naming the field. */
class PriorityInputTest {

	private static final LocalDate JUNE = LocalDate.of(2020, 6, 10);

	@Test
	void aFailedFindingNeedsWhatWasSeenAndARectificationDayAfterTheInspection() {
		assertThatThrownBy(() -> NewFinding.of(1L, 2L, "FAIL", "", JUNE, null)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("检查情况").hasMessageContaining("整改期限：不合格时请填写");
		assertThatThrownBy(() -> NewFinding.of(1L, 2L, "FAIL", "无优先窗口", JUNE, JUNE))
			.hasMessageContaining("整改期限：须晚于检查日期");
		NewFinding failed = NewFinding.of(1L, 2L, "FAIL", " 无优先窗口 ", JUNE, JUNE.plusDays(30));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.note()).isEqualTo("无优先窗口");
		assertThat(failed.rectifyBy()).isEqualTo(LocalDate.of(2020, 7, 10));
	}

	@Test
	void aPassedFindingHasNoRectificationDay() {
		NewFinding passed = NewFinding.of(1L, 2L, "PASS", null, JUNE, JUNE.plusDays(5));
		assertThat(passed.passed()).isTrue();
		assertThat(passed.rectifyBy()).isNull();
	}

	@Test
	void aFindingNeedsAResult() {
		assertThatThrownBy(() -> NewFinding.of(1L, 2L, "maybe", null, JUNE, null))
			.hasMessageContaining("检查结果：请选择合格或不合格");
	}

	@Test
	void aCampaignsSelfCheckEndsAfterItStartsInItsOwnYear() {
		assertThatThrownBy(() -> NewCampaign.of(2020, "2020年军人依法优先检查", JUNE, JUNE.minusDays(1)))
			.hasMessageContaining("自查截止日期：须晚于开始日期");
		assertThatThrownBy(() -> NewCampaign.of(2021, "检查", JUNE, JUNE.plusDays(30)))
			.hasMessageContaining("开始日期：须在2021年内");
	}

	@Test
	void aChecklistItemWithoutAClauseIsRefusedUnlessItSaysThereIsNoneYet() {
		assertThatThrownBy(() -> NewChecklistEdition.of("TELECOM", LocalDate.of(2025, 1, 1), "依据",
				List.of(new NewChecklistEdition.Item("优先办理电信业务", " ", null))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("第1项检查项“优先办理电信业务”未注明法律依据");
		NewChecklistEdition edition = NewChecklistEdition.of("telecom", LocalDate.of(2025, 1, 1), "依据",
				List.of(new NewChecklistEdition.Item("优先办理电信业务", null, "现有资料未给出条款依据"),
						new NewChecklistEdition.Item("军人优先购票", "《军人抚恤优待条例》（2024）第五十二条", "多余的说明")));
		assertThat(edition.sector()).isEqualTo(Sector.TELECOM);
		assertThat(edition.items().get(0).verified()).isFalse();
		assertThat(edition.items().get(1).verified()).isTrue();
		assertThat(edition.items().get(1).clauseNote()).as("a cited item needs no note").isNull();
	}

	@Test
	void theCompliancePercentIsRoundedAndTheMostFailedItemsComeFirst() {
		List<Finding> findings = List.of(finding(1, "窗口", true), finding(2, "窗口", false), finding(3, "标识", false),
				finding(4, "标识", false), finding(5, "票价", true));
		ComplianceFigures figures = ComplianceFigures.of(findings);
		assertThat(figures.bySector()).singleElement()
			.satisfies(r -> assertThat(r.percent()).isEqualTo(40));
		assertThat(figures.mostFailed()).extracting(ComplianceFigures.Rate::key).containsExactly("标识", "窗口");
		assertThat(new ComplianceFigures.Rate("x", 3, 2).percent()).isEqualTo(67);
	}

	private static Finding finding(long id, String item, boolean passed) {
		return new Finding(id, 1, 1, "某火车站", Sector.RAILWAY, "532301", 9, id, item, "条款", true, passed, null,
				"inspector", JUNE, passed ? null : JUNE.plusDays(30), null,
				passed ? FindingState.PASSED : FindingState.OPEN, null, 0);
	}
}

package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.TaskFacts;

import static cn.shuangyong.supervision.reporting.TaskReplayTest.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessmentScoreTest {

	static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	static final LocalDate DUE = LocalDate.of(2020, 9, 10);

	/** Done on time, but returned once before being signed off. */
	static final List<AssessmentScore.TaskFacts> PUNCTUAL = List.of(new AssessmentScore.TaskFacts(DUE,
			List.of(change("SIGN_FOR", 8, 1), change("SUBMIT", 9, 1), change("RETURN", 9, 2), change("SUBMIT", 9, 5),
					change("SIGN_OFF", 9, 6))));

	/** Reported in time every time, but the work came in late; accepted first time. */
	static final List<AssessmentScore.TaskFacts> DILIGENT = List.of(new AssessmentScore.TaskFacts(DUE,
			List.of(change("SIGN_FOR", 8, 1), change("REPORT", 9, 1), change("SUBMIT", 9, 20),
					change("SIGN_OFF", 9, 21))));

	@Test
	void theWeightsDecideWhichUnitRanksFirst() {
		var completionFirst = new AssessmentWeights(100.0, 0.0, 0.0);
		assertThat(score(PUNCTUAL, completionFirst)).isGreaterThan(score(DILIGENT, completionFirst));
		var signOffFirst = new AssessmentWeights(0.0, 0.0, 100.0);
		assertThat(score(DILIGENT, signOffFirst)).isGreaterThan(score(PUNCTUAL, signOffFirst));
		var balanced = new AssessmentWeights(50.0, 30.0, 20.0);
		assertThat(score(PUNCTUAL, balanced)).isEqualTo(100 * (50 * 1.0 + 30 * 1.0 + 20 * 0.5) / 100);
		assertThat(score(DILIGENT, balanced)).isEqualTo(100 * (50 * 0.5 + 30 * 1.0 + 20 * 1.0) / 100);
	}

	@Test
	void aReturnCountsAgainstEvenOnceFixed() {
		var score = AssessmentScore.of(PUNCTUAL, TODAY, 7, new AssessmentWeights(null, null, null));
		assertThat(score.signOff()).isEqualTo(50.0);
		assertThat(score.completion()).isEqualTo(100.0);
	}

	@Test
	void anOverdueTaskWithoutReportsScoresNothingOnCompletionAndReports() {
		var score = AssessmentScore.of(List.of(new AssessmentScore.TaskFacts(DUE, List.of(change("SIGN_FOR", 8, 1)))),
				TODAY, 7, new AssessmentWeights(1.0, 1.0, 1.0));
		assertThat(score.completion()).isZero();
		assertThat(score.reports()).isZero();
		assertThat(score.signOff()).isEqualTo(100.0);
	}

	@Test
	void negativeOrAllZeroWeightsAreRefused() {
		assertThatThrownBy(() -> new AssessmentWeights(-1.0, 1.0, 1.0)).hasMessageContaining("不能为负数");
		assertThatThrownBy(() -> new AssessmentWeights(0.0, 0.0, 0.0)).hasMessageContaining("至少有一项大于零");
	}

	private static double score(List<AssessmentScore.TaskFacts> tasks, AssessmentWeights weights) {
		return AssessmentScore.of(tasks, TODAY, 7, weights).score();
	}
}

package cn.shuangyong.employment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchStateTest {

	@Test
	void aMatchGoesFromOfferToInterviewToItsResult() {
		assertThat(MatchState.CONFIRMED.after(MatchStep.OFFER)).isEqualTo(MatchState.OFFERED);
		assertThat(MatchState.OFFERED.after(MatchStep.INTERVIEW)).isEqualTo(MatchState.INTERVIEWED);
		assertThat(MatchState.INTERVIEWED.after(MatchStep.HIRED)).isEqualTo(MatchState.HIRED);
		assertThat(MatchState.INTERVIEWED.after(MatchStep.NOT_HIRED)).isEqualTo(MatchState.NOT_HIRED);
	}

	@Test
	void refusesAResultBeforeTheInterviewAndAnyStepAfterTheResult() {
		assertThat(MatchState.CONFIRMED.after(MatchStep.HIRED)).isNull();
		assertThat(MatchState.OFFERED.after(MatchStep.HIRED)).isNull();
		assertThat(MatchState.HIRED.after(MatchStep.OFFER)).isNull();
		assertThat(MatchState.NOT_HIRED.after(MatchStep.INTERVIEW)).isNull();
	}

	@Test
	void theSpouseMayDeclineOnlyBeforeTheInterview() {
		assertThat(MatchState.CONFIRMED.after(MatchStep.DECLINED)).isEqualTo(MatchState.DECLINED);
		assertThat(MatchState.OFFERED.after(MatchStep.DECLINED)).isEqualTo(MatchState.DECLINED);
		assertThat(MatchState.INTERVIEWED.after(MatchStep.DECLINED)).isNull();
		assertThat(MatchState.DECLINED.live()).isFalse();
	}
}

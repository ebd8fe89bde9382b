package cn.shuangyong.schooling;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationStateTest {

	@Test
	void aSubmittedApplicationIsAdmittedOrRefusedOnce() {
		assertThat(ApplicationState.SUBMITTED.decided(true)).isEqualTo(ApplicationState.ADMITTED);
		assertThat(ApplicationState.SUBMITTED.decided(false)).isEqualTo(ApplicationState.REFUSED);
		assertThat(ApplicationState.ADMITTED.decided(false)).isNull();
		assertThat(ApplicationState.REFUSED.decided(true)).isNull();
	}

	@Test
	void onlyARefusalGoesToReviewAndTheReviewEndsIt() {
		assertThat(ApplicationState.REFUSED.reviewAsked()).isEqualTo(ApplicationState.UNDER_REVIEW);
		assertThat(ApplicationState.ADMITTED.reviewAsked()).isNull();
		assertThat(ApplicationState.UNDER_REVIEW.reviewed(true)).isEqualTo(ApplicationState.ADMITTED_ON_REVIEW);
		assertThat(ApplicationState.UNDER_REVIEW.reviewed(false)).isEqualTo(ApplicationState.UPHELD);
		assertThat(ApplicationState.UPHELD.reviewAsked()).isNull();
		assertThat(ApplicationState.REFUSED.reviewed(true)).isNull();
	}
}

package cn.shuangyong.priority;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A campaign moves one phase at a time, and work of another phase is refused with where the campaign stands. */
class CampaignPhaseTest {

	@Test
	void movesOnePhaseAtATimeAndNeverBack() {
		assertThat(CampaignPhase.SELF_CHECK.next()).containsExactly(CampaignPhase.SPOT_CHECK);
		assertThat(CampaignPhase.SPOT_CHECK.next()).containsExactly(CampaignPhase.CLOSED);
		assertThat(CampaignPhase.CLOSED.next()).isEmpty();
	}

	@Test
	void refusesSpotChecksDuringTheSelfCheckAndSelfChecksAfterIt() {
		assertThatThrownBy(() -> CampaignPhase.SELF_CHECK.require(CampaignPhase.SPOT_CHECK, "记录检查发现"))
			.isInstanceOf(ConflictException.class)
			.hasMessage("检查阶段：本次活动处于自查阶段，不能记录检查发现；请先由组织单位结束自查阶段，进入抽查整改阶段");
		assertThatThrownBy(() -> CampaignPhase.SPOT_CHECK.require(CampaignPhase.SELF_CHECK, "填报自查"))
			.hasMessage("检查阶段：本次活动处于抽查整改阶段，不能填报自查；自查阶段已经结束");
		assertThatThrownBy(() -> CampaignPhase.CLOSED.require(CampaignPhase.SPOT_CHECK, "抽取抽查场所"))
			.hasMessageContaining("抽查整改阶段已经结束");
		assertThatCode(() -> CampaignPhase.SPOT_CHECK.require(CampaignPhase.SPOT_CHECK, "记录检查发现"))
			.doesNotThrowAnyException();
	}

	@Test
	void aPhaseIsNamedByItsCode() {
		assertThat(CampaignPhase.parse(" spot_check ")).isEqualTo(CampaignPhase.SPOT_CHECK);
		assertThatThrownBy(() -> CampaignPhase.parse("DONE")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("检查阶段：须为");
	}
}

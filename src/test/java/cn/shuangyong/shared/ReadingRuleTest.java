package cn.shuangyong.shared;

import java.util.HashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule of every read (ARCHITECTURE.md, Seeing and acting): 404 outside the scope, then 403 without the right. */
class ReadingRuleTest {

	private final CurrentUser lufengOffice = new SystemActor("lufeng", 1, "532302",
			Set.of(Permission.WORK_READ, Permission.PERSONAL_DATA_READ));

	private final CurrentUser lufengAdministrator = new SystemActor("lufengadmin", 2, "532302",
			Set.of(Permission.DIRECTORY_READ, Permission.ACCOUNTS_MANAGE));

	@Test
	void aRecordOutsideTheScopeIsNotFoundWhateverTheRole() {
		assertThatThrownBy(() -> lufengOffice.mayRead("532301", Permission.WORK_READ, "任务不存在"))
			.isInstanceOf(NotFoundException.class).hasMessage("任务不存在");
		assertThatThrownBy(() -> lufengAdministrator.mayRead("5301", Permission.WORK_READ, "任务不存在"))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aRecordInsideTheScopeIsRefusedWithoutTheRightToReadIt() {
		assertThatThrownBy(() -> lufengAdministrator.mayRead("532302101", Permission.WORK_READ, "任务不存在"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatCode(() -> lufengOffice.mayRead("532302101", Permission.WORK_READ, "任务不存在"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> lufengOffice.require(Permission.PLANS_PUBLISH)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theScopeIsTheRegionSubtreeWithItsLevel() {
		DataScope lufeng = new DataScope("532302");
		assertThat(lufeng.covers("532302101001")).isTrue();
		assertThat(lufeng.covers("5323")).isFalse();
		assertThat(lufeng.covers("532301")).isFalse();
		assertThat(lufeng.covers(null)).isFalse();
		assertThat(lufeng.level()).isEqualTo(RegionLevel.COUNTY);
		assertThat(new DataScope("53").level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(lufengOffice.regionLevel()).isEqualTo(RegionLevel.COUNTY);
	}

	@Test
	void theScopeBindsItselfAsAParameterAndRefusesAnythingButARegionCode() {
		assertThat(new DataScope("5323").bind(new HashMap<>())).containsEntry("scope", "5323%")
			.containsEntry("scopeRoot", "5323");
		for (String bad : new String[] { null, "", "5", "53%", "53' or '1'='1", "5323011" }) {
			assertThatThrownBy(() -> new DataScope(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}
}

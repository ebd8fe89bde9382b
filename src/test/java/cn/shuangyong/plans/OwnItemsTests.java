package cn.shuangyong.plans;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** 楚雄's office adds its own items to its forward of the provincial plan. */
@PlatformTest
class OwnItemsTests {

	@Autowired
	OwnItems ownItems;

	@Autowired
	WorkPlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ItemTargets targets;

	private final CurrentUser chuxiong = new SystemActor("chuxiong-test", 1, "5323",
			Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));

	@Test
	void addsAnItemLedByEachNamedUnitAndOpensItsTasks() {
		long plan = chuxiongPlan();
		long item = ownItems.add(plan, new OwnItem("组织开展八一走访慰问。", List.of("楚雄军分区", "楚雄州退役军人事务局"), false,
				List.of("楚雄州委宣传部"), List.of("八一前夕")), chuxiong);
		PlanItem added = plans.items(plan).stream().filter(i -> i.id() == item).findFirst().orElseThrow();
		assertThat(added.origin()).isEqualTo("OWN");
		assertThat(added.leads()).extracting(ItemAssignment::unitName)
			.containsExactly("楚雄军分区", "楚雄彝族自治州退役军人事务局");
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from supervision.task where item_id = :i")
			.param("i", item).query(Long.class).single() == 2);
	}

	@Test
	void theTargetsAnOwnItemStatesAreStoredAndCountedBySupervision() {
		long plan = chuxiongPlan();
		long item = ownItems.add(plan, new OwnItem("各县（市）每年至少开展2次国防教育活动，全州举办专场招聘会不少于三场。",
				List.of("楚雄州退役军人事务局"), false, List.of(), List.of()), chuxiong);
		assertThat(targets.of(item)).extracting(t -> t.scope().name()).containsExactly("COUNTY", "TOTAL");
		// 楚雄's rows are its counties: a minimum for each county is counted by row, the other in total.
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from supervision.target where item_id = :i")
			.param("i", item).query(Long.class).single() == 2);
		assertThat(jdbc.sql("""
				select name || '/' || measure || '/' || required || '/' || per_prefecture from supervision.target
				where item_id = :i order by position""").param("i", item).query(String.class).list())
			.containsExactly("国防教育活动/次/2/true", "举办专场招聘会/场/3/false");
	}

	@Test
	void refusesUnknownUnitsAndSavesNothing() {
		long plan = chuxiongPlan();
		int before = plans.items(plan).size();
		assertThatThrownBy(() -> ownItems.add(plan, new OwnItem("某项工作。", List.of("不存在的局"), false, List.of(),
				List.of()), chuxiong))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("不存在的局");
		assertThat(plans.items(plan)).hasSize(before);
	}

	@Test
	void onlyTheOwningOfficeAddsItems() {
		CurrentUser lufeng = new SystemActor("lufeng-test", 2, "532302", Set.of(Permission.PLANS_PUBLISH, Permission.WORK_READ));
		assertThatThrownBy(() -> ownItems.add(chuxiongPlan(), new OwnItem("x", List.of("楚雄军分区"), false, List.of(),
				List.of()), lufeng)).isInstanceOf(AccessDeniedException.class);
	}

	private long chuxiongPlan() {
		return plans.visibleTo(chuxiong).stream().filter(p -> p.regionCode().equals("5323")).findFirst().orElseThrow()
			.id();
	}
}

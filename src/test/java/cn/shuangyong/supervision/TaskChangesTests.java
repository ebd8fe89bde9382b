package cn.shuangyong.supervision;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasks' version, read by every node from the database: it moves once per committed transaction that changed
 * tasks or their units, not on a rollback nor on reading; inside a transaction that changed tasks there is none.
 */
@PlatformTest
class TaskChangesTests {

	@Autowired
	TaskChanges changes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void movesOncePerCommittedTransactionThatChangedTasks() {
		long before = changes.version().getAsLong();
		jdbc.sql("select count(*) from supervision.task").query(Long.class).single();
		assertThat(changes.version()).as("reading changes nothing").hasValue(before);
		transactions.executeWithoutResult(tx -> {
			touchTasks();
			touchTasks();
			assertThat(changes.version()).as("inside the changing transaction").isEmpty();
		});
		assertThat(changes.version()).as("two statements, one transaction").hasValue(before + 1);
		transactions.executeWithoutResult(tx -> {
			touchTasks();
			tx.setRollbackOnly();
		});
		assertThat(changes.version()).as("rolled back").hasValue(before + 1);
		jdbc.sql("update supervision.task_unit set position = position where task_id = (select min(task_id) from supervision.task_unit)")
			.update();
		assertThat(changes.version()).as("a task's units").hasValue(before + 2);
	}

	/** TRUNCATE moves the version at once; inside its transaction there is none, and a rollback leaves the old one. */
	@Test
	void aTruncationRolledBackLeavesTheVersion() {
		long before = changes.version().getAsLong();
		List<Long> plans = jdbc.sql("select distinct plan_id from supervision.task where plan_id is not null")
			.query(Long.class).list();
		long plansBefore = changes.versionOf(plans).getAsLong();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("truncate supervision.task_unit").update();
			assertThat(changes.version()).as("inside the truncating transaction").isEmpty();
			assertThat(changes.versionOf(plans)).isEmpty();
			assertThat(jdbc.sql("select count(*) from supervision.plan_change_version where version <= :v")
				.param("v", before).query(Long.class).single()).as("every plan that had tasks is stamped").isZero();
			tx.setRollbackOnly();
		});
		assertThat(changes.version()).hasValue(before);
		assertThat(changes.versionOf(plans)).hasValue(plansBefore);
	}

	@Test
	void aTransactionThatOnlyReadsHasAVersion() {
		OptionalLong inside = transactions.execute(tx -> {
			jdbc.sql("select count(*) from supervision.task").query(Long.class).single();
			return changes.version();
		});
		assertThat(inside).isPresent();
	}

	/** Each plan's version moves only with its own tasks and their units; a set of plans' moves with any of them. */
	@Test
	void aPlansVersionMovesOnlyWithItsOwnTasks() {
		List<Long> twoPlans = jdbc.sql("select distinct plan_id from supervision.task where plan_id is not null order by 1 limit 2")
			.query(Long.class).list();
		List<Long> a = List.of(twoPlans.get(0));
		List<Long> b = List.of(twoPlans.get(1));
		long aBefore = changes.versionOf(a).getAsLong();
		long bBefore = changes.versionOf(b).getAsLong();
		long bothBefore = changes.versionOf(twoPlans).getAsLong();
		jdbc.sql("update supervision.task set version = version where id = (select min(id) from supervision.task where plan_id = :p)")
			.param("p", a.get(0)).update();
		assertThat(changes.versionOf(a).getAsLong()).isGreaterThan(aBefore);
		assertThat(changes.versionOf(b)).as("another plan's task changed").hasValue(bBefore);
		long both = changes.versionOf(twoPlans).getAsLong();
		assertThat(both).isGreaterThan(bothBefore);
		jdbc.sql("""
				update supervision.task_unit set position = position
				where task_id = (select min(id) from supervision.task where plan_id = :p)""").param("p", b.get(0)).update();
		assertThat(changes.versionOf(b).getAsLong()).as("a task's units").isGreaterThan(bBefore);
		assertThat(changes.versionOf(twoPlans).getAsLong()).isGreaterThan(both);
		transactions.executeWithoutResult(tx -> {
			touchTasks();
			assertThat(changes.versionOf(b)).as("inside a changing transaction").isEmpty();
			tx.setRollbackOnly();
		});
	}

	/**
	 * The version of where tasks reach moves with a change to a task whose pair of regions meets the condition, or to
	 * a task of the unit, and stands while only tasks elsewhere change; a unit given a task moves at once.
	 */
	@Test
	void aReachsVersionMovesOnlyWithTasksThatReachThere() {
		String kunming = "(t.region_code like :p or t.issuer_region like :p)";
		Map<String, Object> inKunming = Map.of("p", "5301%");
		long kunmingTask = jdbc.sql("select min(id) from supervision.task where region_code like '5301%'")
			.query(Long.class).single();
		long chuxiongTask = jdbc.sql("select min(id) from supervision.task where region_code like '5323%'")
			.query(Long.class).single();
		// a unit of no task at all
		long idle = jdbc.sql("select max(id) + 1000 from directory.unit").query(Long.class).single();
		long chuxiongUnit = jdbc.sql("select min(unit_id) from supervision.task_unit where task_id = :t")
			.param("t", chuxiongTask).query(Long.class).single();
		long before = changes.versionOfReach(kunming, inKunming, idle).getAsLong();
		long unitBefore = changes.versionOfUnit(chuxiongUnit).getAsLong();
		jdbc.sql("update supervision.task set version = version where id = :id").param("id", chuxiongTask).update();
		assertThat(changes.versionOfReach(kunming, inKunming, idle)).as("a task elsewhere").hasValue(before);
		long unitNow = changes.versionOfUnit(chuxiongUnit).getAsLong();
		assertThat(unitNow).as("a task of the unit").isGreaterThan(unitBefore);
		assertThat(changes.versionOfReach(kunming, inKunming, chuxiongUnit)).as("a task of the unit, seen through it")
			.hasValue(unitNow);
		jdbc.sql("update supervision.task set version = version where id = :id").param("id", kunmingTask).update();
		assertThat(changes.versionOfReach(kunming, inKunming, idle).getAsLong()).isGreaterThan(before);
		long idleBefore = changes.versionOfUnit(idle).getAsLong();
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("insert into supervision.task_unit (task_id, unit_id, role, position) values (:t, :u, 'COOPERATING', 99)")
				.param("t", kunmingTask).param("u", idle).update();
			assertThat(changes.versionOfUnit(idle)).as("inside the changing transaction").isEmpty();
			tx.setRollbackOnly();
		});
		assertThat(changes.versionOfUnit(idle)).as("rolled back").hasValue(idleBefore);
	}

	private void touchTasks() {
		assertThat(jdbc.sql("update supervision.task set version = version where id = (select min(id) from supervision.task)")
			.update()).isEqualTo(1);
	}
}

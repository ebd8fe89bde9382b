package cn.shuangyong.supervision.urging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.notifications.UnreachedUnits;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.supervision.DemoTasks;
import cn.shuangyong.supervision.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's first start, with its history written and the escalation's run at start: the catch-up over the 2020 plan
 * gives each overdue task the 提醒, 催办 and 督办 a daily run would have given it since its deadline, each on its own
 * day, and the offices see the county offices their notices reached nobody in. A context of its own: the run changes
 * the timelines other tests read.
 */
@PlatformTest
// the default, named so that this class gets a context of its own and its run changes no other class's tasks
@TestPropertySource(properties = "shuangyong.supervision.escalation.initial-delay=PT2M")
class CatchUpAtFirstStartTests {

	private static final LocalDate BUSINESS_DATE = LocalDate.of(2020, 9, 30);

	@Autowired
	EscalationJob job;

	@Autowired
	Escalation escalation;

	@Autowired
	Notices notices;

	@Autowired
	UnreachedUnits unreached;

	@Autowired
	Tasks tasks;

	@Autowired
	BusinessClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	/** The run at start, as after the first start: once, when the start's work (plan, tasks, history) is done. */
	@BeforeEach
	void firstStartRan() {
		assertThat(clock.today()).isEqualTo(BUSINESS_DATE);
		synchronized (CatchUpAtFirstStartTests.class) {
			if (swept() == null) {
				job.runOnceStartWorkIsDone(Instant.now().plus(Duration.ofMinutes(2)));
				await().atMost(Duration.ofMinutes(3)).until(() -> swept() != null);
			}
		}
	}

	@Test
	void itemsTwentySixAndTwentyNineClimbedToDuBanEachStepOnItsOwnDay() {
		for (String item : new String[] { "26", "29" }) {
			List<NoticeView> held = notices.ofTask(DemoTasks.ofItem(jdbc, item), demo.signedIn("yunnan"));
			assertThat(held).as("item %s, due 2020-07-31 and 61 days overdue", item).extracting(NoticeView::kind)
				.containsExactly(NoticeKind.TI_XING, NoticeKind.CUI_BAN, NoticeKind.DU_BAN);
			assertThat(held).extracting(NoticeView::issuedOn).containsExactly(LocalDate.of(2020, 8, 3),
					LocalDate.of(2020, 8, 7), LocalDate.of(2020, 8, 14));
			assertThat(held.get(2).daysOverdue()).isEqualTo(14);
			assertThat(held.get(2).body()).contains("截至2020年8月14日", "经催办仍未办结，现予督办");
		}
		long returned = DemoTasks.ofItem(jdbc, "29");
		assertThat(tasks.timeline(returned)).extracting(e -> e.kind())
			.as("item 29's timeline in time order: 提醒 before it was submitted, 催办 after its return")
			.containsSubsequence("SUBMIT", "RETURN", "CUI_BAN", "DU_BAN")
			.containsSubsequence("TI_XING", "RETURN");
		assertThat(tasks.timeline(returned)).filteredOn(e -> e.kind().equals("DU_BAN")).singleElement()
			.satisfies(e -> assertThat(ZonedDateTime.ofInstant(e.at(), BusinessClock.CHINA).toLocalDateTime())
				.isEqualTo(LocalDate.of(2020, 8, 14).atTime(Escalation.RUN_TIME)));
	}

	@Test
	void noticesAreNumberedInTheOrderOfTheirDaysAndNoneWentOutWhileATaskWaitedOrAfterItWasDone() {
		// each office numbers its own notices in a year: within each, the numbers follow the days
		Map<String, List<LocalDate>> byOffice = new java.util.LinkedHashMap<>();
		jdbc.sql("select issuer_unit_id || '/' || year, issued_on from supervision.notice order by issuer_unit_id, year, serial")
			.query(rs -> {
				byOffice.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
					.add(rs.getObject(2, LocalDate.class));
			});
		byOffice.forEach((office, days) -> assertThat(days).as("notices of %s in number order", office).isSorted());
		List<LocalDate> inNumberOrder = byOffice.values().stream().flatMap(List::stream).toList();
		assertThat(inNumberOrder).hasSizeGreaterThan(40);
		assertThat(inNumberOrder).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(BUSINESS_DATE));
		assertThat(jdbc.sql("select count(*) from supervision.notice where issued_on = :d").param("d", BUSINESS_DATE)
			.query(Long.class).single()).as("not all at once on the business date").isLessThan(inNumberOrder.size() / 4);
		assertThat(jdbc.sql("""
				select count(*) from supervision.notice n join supervision.task t on t.id = n.task_id
				where t.signed_off_on is not null and n.issued_on > t.signed_off_on""").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("""
				select count(distinct n.task_id) from supervision.notice n join supervision.task t on t.id = n.task_id
				where t.state = 'SIGNED_OFF'""").query(Long.class).single())
			.as("a task signed off late keeps the 提醒 it had while overdue").isPositive();
		assertThat(escalation.evaluate(BUSINESS_DATE)).as("a second run the same day").isZero();
	}

	@Test
	void theOfficeSeesTheCountyOfficesItsNoticesReachedNobodyInWithWhatToDo() throws Exception {
		var found = unreached.inScope(demo.signedIn("yunnan"), Paging.first());
		assertThat(found.totalElements()).as("county offices of item 18 have no account").isGreaterThan(20);
		assertThat(found.content()).allSatisfy(u -> assertThat(u.reason()).isEqualTo(UnreachedUnits.Reason.NO_ACCOUNT));
		assertThat(found.content()).extracting(UnreachedUnits.UnreachedUnit::unitId)
			.as("a unit with working accounts is reached").doesNotContain(demo.unitId(Demo.PROVINCE_OFFICE));
		mvc.perform(get("/urging/unreached").with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("list-group-item-danger sy-unreached")))
			.andExpect(content().string(containsString("怎么办：请先以电话或公文交换通知该单位")))
			.andExpect(content().string(containsString("id=\"page-next\"")));
		mvc.perform(get("/urging/unreached").param("page", "1").with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("page-of")));
		long message = jdbc.sql("select max(message_id) from notifications.message_unit where unit_id = :u")
			.param("u", found.content().get(0).unitId()).query(Long.class).single();
		mvc.perform(get("/notifications/messages/{id}", message).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unreached\"")));
		mvc.perform(get("/notifications/messages").with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("个单位未送达")));

		// a task whose latest notice reached nobody in one of those units (other messages, such as a new module's task
		// assignments, may be the most recent to miss them)
		List<Long> unreachedUnits = unreached.inScope(demo.signedIn("yunnan"), Paging.of(0, 500)).content().stream()
			.map(UnreachedUnits.UnreachedUnit::unitId).toList();
		long countyTask = jdbc.sql("select min(task_id) from supervision.notice n join notifications.message_unit u"
				+ " on u.message_id = (select max(m.id) from notifications.message m where m.notice_id = n.id)"
				+ " where u.unit_id in (:units)").param("units", unreachedUnits).query(Long.class).single();
		mvc.perform(get("/supervision/tasks/{id}/notices", countyTask).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("个单位未收到此文书")));
		mvc.perform(get("/urging/notices").with(demo.as("yunnan")))
			.andExpect(content().string(containsString("href=\"/urging/unreached\"")));
		mvc.perform(get("/urging/notices").with(demo.as("tuiyi")))
			.andExpect(content().string(not(containsString("href=\"/urging/unreached\""))));

		// 楚雄州 sees only the units of its own prefecture that its notices reached nobody in
		mvc.perform(get("/urging/unreached").with(demo.as("chuxiong"))).andExpect(status().isOk());
		assertThat(unreached.inScope(demo.signedIn("chuxiong"), Paging.of(0, 500)).content())
			.extracting(UnreachedUnits.UnreachedUnit::unitId)
			.allSatisfy(unit -> assertThat(jdbc.sql("select region_code from directory.unit where id = :u").param("u", unit)
				.query(String.class).single()).startsWith("5323"));
		mvc.perform(get("/urging/unreached").with(demo.as("tuiyi"))).andExpect(status().isForbidden());
	}

	private LocalDate swept() {
		return jdbc.sql("select swept_through from supervision.job_lock where name = 'escalation'")
			.query(LocalDate.class).optional().orElse(null);
	}
}

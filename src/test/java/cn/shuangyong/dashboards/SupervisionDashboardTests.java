package cn.shuangyong.dashboards;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.TestClock;
import cn.shuangyong.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's numbers on plans built for the test, at the demo business date 2020-09-30: a provincial plan with
 * two sections and seven tasks (on time, late, overdue, open, at province, prefecture and county), and 楚雄's forward.
 */
@PlatformTest
@TestPropertySource(properties = "shuangyong.demo.skip=plan")
class SupervisionDashboardTests {

	@Autowired
	SupervisionDashboard dashboard;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	private long province;

	private long kunmingPlan;

	private long forward;

	private long kunmingTask;

	@BeforeEach
	void plans() {
		var data = new DashboardData(jdbc);
		long office = data.unit(Demo.PROVINCE_OFFICE);
		long veterans = data.unit("云南省退役军人事务厅");
		long publicity = data.unit("中共云南省委宣传部");
		long chuxiong = data.unit(Demo.CHUXIONG_OFFICE);
		long lufeng = data.unit(Demo.LUFENG_OFFICE);
		long kunming = data.unit(Demo.KUNMING_OFFICE);
		province = data.plan("测试省级要点", "53", office, null);
		long publicityWork = data.section(province, 0, "一、宣传教育");
		long support = data.section(province, 1, "二、支持部队");
		long item1 = data.item(province, publicityWork, 0);
		long item2 = data.item(province, publicityWork, 1);
		long item3 = data.item(province, support, 2);
		data.task(province, item1, "53", veterans, office, "53", "2020-06-30", "2020-06-20");
		data.task(province, item1, "53", publicity, office, "53", "2020-06-30", "2020-07-10");
		data.task(province, item2, "53", veterans, office, "53", "2020-08-31", null);
		data.task(province, item3, "5323", chuxiong, office, "53", "2020-12-31", null);
		String lufengRegion = jdbc.sql("select region_code from directory.unit where id = :u").param("u", lufeng)
			.query(String.class).single();
		data.task(province, item3, lufengRegion, lufeng, office, "53", "2020-09-15", "2020-09-10");
		data.task(province, item3, "5301", kunming, office, "53", "2020-12-31", "2020-09-01");
		forward = data.plan("测试楚雄转发", "5323", chuxiong, province);
		long point = data.item(forward, data.section(forward, 0, "一、创建"), 0);
		data.task(forward, point, "5323", chuxiong, chuxiong, "5323", "2020-09-20", null);
		kunmingPlan = data.plan("测试昆明要点", "5301", kunming, null);
		kunmingTask = data.task(kunmingPlan, data.item(kunmingPlan, data.section(kunmingPlan, 0, "一、宣传"), 0), "5301",
				kunming, kunming, "5301", "2020-12-31", null);
	}

	@Test
	void countsThePlansOwnTasksBySectionAndLeadUnit() {
		SupervisionFigures figures = dashboard.figures(province, demo.signedIn("yunnan"));
		assertThat(figures.asOf()).isEqualTo(LocalDate.of(2020, 9, 30));
		assertThat(List.of(figures.tasks(), figures.signedOff(), figures.overdue())).containsExactly(6, 4, 1);
		assertThat(figures.sections()).extracting(Completion::name, Completion::total, Completion::signedOff,
				Completion::overdue)
			.containsExactly(tuple("一、宣传教育", 3, 2, 1), tuple("二、支持部队", 3, 2, 0));
		assertThat(figures.leadUnits()).extracting(Completion::name, Completion::total, Completion::signedOff,
				Completion::overdue)
			.containsExactly(tuple("省退役军人事务厅", 2, 1, 1), tuple("省委宣传部", 1, 1, 0), tuple("下级单位", 3, 2, 0));
		assertThat(figures.sections().get(0).rate()).isEqualTo(66.7);
	}

	@Test
	void coloursEachPrefectureByTheTasksWorkedInItWithTheForwardingPlans() {
		SupervisionFigures figures = dashboard.figures(province, demo.signedIn("yunnan"));
		assertThat(figures.prefectures()).hasSize(16);
		assertThat(figures.prefectures()).filteredOn(c -> c.key().equals("5323"))
			.extracting(Completion::name, Completion::total, Completion::signedOff, Completion::overdue)
			.containsExactly(tuple("楚雄彝族自治州", 3, 1, 1));
		assertThat(figures.prefectures()).filteredOn(c -> c.key().equals("5301"))
			.extracting(Completion::total, Completion::signedOff).containsExactly(tuple(1, 1));
		assertThat(figures.prefectures()).filteredOn(c -> !c.key().equals("5323") && !c.key().equals("5301"))
			.allMatch(c -> c.total() == 0);
	}

	@Test
	void countsOverdueTasksAtEachSundayFromDeadlinesAndSignOffs() {
		List<WeekPoint> trend = dashboard.figures(province, demo.signedIn("yunnan")).overdueTrend();
		assertThat(trend.get(0).weekEnd()).isEqualTo(LocalDate.of(2020, 3, 8));
		assertThat(trend.get(trend.size() - 1).weekEnd()).isEqualTo(LocalDate.of(2020, 9, 27));
		assertThat(trend).filteredOn(p -> p.overdue() > 0).extracting(WeekPoint::weekEnd, WeekPoint::overdue)
			.containsExactly(tuple(LocalDate.of(2020, 7, 5), 1), tuple(LocalDate.of(2020, 9, 6), 1),
					tuple(LocalDate.of(2020, 9, 13), 1), tuple(LocalDate.of(2020, 9, 20), 1),
					tuple(LocalDate.of(2020, 9, 27), 2));
	}

	@Test
	void countsOnlyWhatThePrefectureOfficeMaySee() {
		SupervisionFigures figures = dashboard.figures(province, demo.signedIn("chuxiong"));
		assertThat(figures.tasks()).isEqualTo(2);
		assertThat(figures.prefectures()).filteredOn(c -> c.total() > 0).extracting(Completion::key)
			.containsExactly("5323");
		assertThatThrownBy(() -> dashboard.figures(kunmingPlan, demo.signedIn("chuxiong")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void answersTheSameFiguresAsJson() throws Exception {
		mvc.perform(get("/api/v1/dashboard/supervision").param("plan", Long.toString(province)).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.tasks").value(6))
			.andExpect(jsonPath("$.sections[1].signedOff").value(2))
			.andExpect(jsonPath("$.prefectures[?(@.key == '5323')].total").value(3))
			.andExpect(jsonPath("$.overdueTrend[-1].overdue").value(2));
		mvc.perform(get("/api/v1/dashboard/supervision").param("plan", Long.toString(kunmingPlan))
			.with(demo.as("chuxiong"))).andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("工作要点不存在"));
		mvc.perform(get("/dashboard").param("plan", Long.toString(province)).with(demo.as("yunnan")))
			.andExpect(status().isOk());
	}

	/** The figures are kept while the tasks stand; a committed change shows at once, and so does the next day. */
	@Test
	void showsAChangeToTheTasksAtOnce() {
		SupervisionFigures before = dashboard.figures(province, demo.signedIn("yunnan"));
		assertThat(dashboard.figures(province, demo.signedIn("yunnan"))).as("kept").isSameAs(before);
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-29' "
				+ "where plan_id = :p and state <> 'SIGNED_OFF' and deadline < date '2020-09-30'")
			.param("p", province).update();
		SupervisionFigures after = dashboard.figures(province, demo.signedIn("yunnan"));
		assertThat(List.of(after.signedOff(), after.overdue())).containsExactly(before.signedOff() + 1, 0);
		clock.advance(Duration.ofDays(96));
		try {
			SupervisionFigures nextYear = dashboard.figures(province, demo.signedIn("yunnan"));
			assertThat(nextYear.asOf()).isEqualTo(LocalDate.of(2021, 1, 4));
			assertThat(nextYear.overdue()).as("the year-end tasks are overdue now").isGreaterThan(0);
		}
		finally {
			clock.reset();
		}
	}

	/**
	 * A plan's figures are kept against its own tasks and its forwards' (issue 23): a write to another plan's task
	 * keeps them, a write to a forward's task shows at once.
	 */
	@Test
	void keepsAPlansFiguresWhileOnlyAnotherPlansTasksChange() {
		SupervisionFigures before = dashboard.figures(province, demo.signedIn("yunnan"));
		SupervisionFigures kunmingBefore = dashboard.figures(kunmingPlan, demo.signedIn("yunnan"));
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-29' where id = :t")
			.param("t", kunmingTask).update();
		assertThat(dashboard.figures(province, demo.signedIn("yunnan"))).as("another plan's task changed")
			.isSameAs(before);
		assertThat(dashboard.figures(kunmingPlan, demo.signedIn("yunnan")).signedOff())
			.isEqualTo(kunmingBefore.signedOff() + 1);
		jdbc.sql("update supervision.task set state = 'SIGNED_OFF', signed_off_on = date '2020-09-29' where plan_id = :p")
			.param("p", forward).update();
		SupervisionFigures after = dashboard.figures(province, demo.signedIn("yunnan"));
		assertThat(after.prefectures()).filteredOn(c -> c.key().equals("5323")).extracting(Completion::signedOff)
			.containsExactly(2);
	}
}

package cn.shuangyong.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The data-scope matrix of the business modules, beside {@link DataScopeMatrixTests} (directory and accounts): every
 * module's list, detail, export and API, for every demo account. Rules behind the expectations:
 * <ul>
 * <li>a record outside the scope answers 404; a plan is seen by the offices below its issuer too, and a task by the
 * units that work on it;</li>
 * <li>inside the scope, a role without the right to read answers 403: people need PERSONAL_DATA_READ, which member
 * units' liaisons (xuanchuan, junfenqu) do not hold;</li>
 * <li>the administrators (admin, secadmin, auditor, lufengadmin) read no business data: 403 on every business path,
 * in their scope or not.</li>
 * </ul>
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessScopeMatrixTests {

	/** Column name → path; a {select …} part is replaced by the id it selects. 楚雄市 (532301) lies outside 禄丰. */
	private static final Map<String, String> ROUTES = new LinkedHashMap<>();

	static {
		ROUTES.put("plans", "/plans");
		ROUTES.put("plan", "/plans/1");
		ROUTES.put("planApi", "/api/v1/plans/1");
		ROUTES.put("ledger", "/supervision/plans/1/ledger");
		ROUTES.put("ledgerXlsx", "/api/v1/plans/1/ledger.xlsx");
		ROUTES.put("assessment", "/supervision/plans/1/assessment");
		ROUTES.put("assessApi", "/api/v1/plans/1/assessment");
		ROUTES.put("bulletins", "/api/v1/plans/1/bulletins");
		ROUTES.put("tasksApi", "/api/v1/tasks");
		ROUTES.put("task禄丰", "/supervision/tasks/{select min(id) from supervision.task where region_code like '532302%'}");
		ROUTES.put("task昆明", "/api/v1/tasks/{select min(id) from supervision.task where region_code like '5301%'}");
		ROUTES.put("lists", "/dual-lists");
		ROUTES.put("listsApi", "/api/v1/dual-lists?year=2020");
		ROUTES.put("list楚雄", "/dual-lists/{select min(id) from duallist.dual_list where region_code = '5323'}");
		ROUTES.put("listXlsx", "/api/v1/dual-lists/{select min(id) from duallist.dual_list where region_code = '5323'}/export.xlsx");
		ROUTES.put("entry", "/dual-lists/entries/{select min(id) from duallist.entry where list_id = "
				+ "(select min(id) from duallist.dual_list where region_code = '5323')}");
		ROUTES.put("meetings", "/consultations");
		ROUTES.put("meetingsApi", "/api/v1/consultations");
		ROUTES.put("meeting楚雄", "/consultations/{select min(id) from consultations.meeting where region_code = '5323'}");
		ROUTES.put("campaigns", "/api/v1/model-city/campaigns");
		ROUTES.put("campaign禄丰", "/model-city/campaigns/{select min(id) from modelcity.campaign where region_code = '532302'}");
		ROUTES.put("campaign楚雄市", "/api/v1/model-city/campaigns/{select min(id) from modelcity.campaign where region_code = '532301'}");
		ROUTES.put("people", "/beneficiaries");
		ROUTES.put("peopleApi", "/api/v1/beneficiaries");
		ROUTES.put("person禄丰", "/beneficiaries/{select min(id) from beneficiaries.person where region_code like '532302%'}");
		ROUTES.put("person楚雄市", "/api/v1/beneficiaries/{select min(id) from beneficiaries.person where region_code like '532301%'}");
		ROUTES.put("exports", "/beneficiaries/exports");
		ROUTES.put("received", "/documents/received");
		ROUTES.put("board", "/supervision/board");
		ROUTES.put("dashboard", "/api/v1/dashboard/supervision");
		ROUTES.put("noticesApi", "/api/v1/notices");
		ROUTES.put("entries楚雄", "/api/v1/dual-lists/{select min(id) from duallist.dual_list where region_code = '5323'}/entries");
		ROUTES.put("round楚雄", "/api/v1/placement/rounds/{select min(id) from placement.round where region_code = '5323'}");
		ROUTES.put("roll禄丰", "/api/v1/pensions/rolls?region=532302&month=2020-09");
		ROUTES.put("wall楚雄", "/placement/rounds/{select min(id) from placement.round where region_code = '5323'}/wall");
		ROUTES.put("rollSummary禄丰", "/pensions/rolls/532302/2020-08/summary.docx");
		ROUTES.put("bankFile禄丰", "/pensions/rolls/532302/2020-08/bank-file.csv");
		ROUTES.put("suspensions", "/pensions/suspensions");
		ROUTES.put("pcmp省", "/priority/campaigns/{select min(id) from priority.campaign where region_code = '53'}");
		ROUTES.put("plc楚市", "/priority/places/{select min(id) from priority.place where region_code = '532301'}");
		ROUTES.put("fnd楚市", "/api/v1/priority/findings/{select min(id) from priority.finding where region_code = '532301'}");
		ROUTES.put("case楚雄", "/cases/{select min(id) from cases.grievance where region_code = '5323'}");
		ROUTES.put("caseA禄丰", "/api/v1/cases/{select min(id) from cases.grievance where region_code = '532302'}");
		ROUTES.put("work楚雄", "/publicity/works/{select min(id) from publicity.work where region_code = '5323'}");
		ROUTES.put("worksApi", "/api/v1/publicity/works");
		ROUTES.put("quotas", "/api/v1/publicity/quotas?plan={select id from plans.work_plan where region_code = '53'"
				+ " and parent_plan_id is null}");
		ROUTES.put("selection楚雄", "/api/v1/publicity/selections/{select min(id) from publicity.selection"
				+ " where region_code = '5323'}");
		ROUTES.put("activity楚雄", "/activities/{select min(id) from activities.activity where region_code = '5323'}");
		ROUTES.put("activitiesApi", "/api/v1/activities");
		ROUTES.put("fiveHas禄丰", "/api/v1/stations/five-has?region=532302");
		ROUTES.put("supplyTasks", "/api/v1/stations/supply/tasks");
		ROUTES.put("ratings", "/pensions/ratings");
		ROUTES.put("rating禄丰", "/pensions/ratings/{select min(id) from pensions.rating where county_code = '532302'}");
		ROUTES.put("spouses", "/employment");
		ROUTES.put("spouse楚雄市", "/employment/cases/{select min(id) from employment.need where region_code like '532301%'}");
		ROUTES.put("spouseStats", "/api/v1/employment/statistics");
		ROUTES.put("schools", "/schooling");
		ROUTES.put("school楚雄市", "/api/v1/schooling/applications/{select min(id) from schooling.application where region_code = '532301'}");
		ROUTES.put("schoolStats", "/schooling/statistics");
		ROUTES.put("theme禄丰", "/api/v1/dashboard/themes/stations-five-has?region=532302");
	}

	/** One row per user, one column per route above, in that order. */
	private static final String MATRIX = """
			#            plans plan api ledg xlsx asmt asmA bull tsks t禄丰 t昆明 lsts lstA l楚雄 lXls entr mtgs mtgA m楚雄 cmps c禄丰 c楚市 ppl pplA p禄丰 p楚市 exps rcvd brd dash ntcA e楚雄  r楚雄 roll wall  summ  bank  susp  pcmp  plc  fnd  case  casA  wk楚  wkA  quot  s楚雄  a楚雄  actA  5有禄  sply  rtgs  r禄丰  emp  e楚市  eSta  sch  s楚市  sSta thm
			yunnan       200   200  200 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200 200  200  200  200  200  200 200 200  200  200  200  200  200  403  403  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200
			chuxiong     200   200  200 200  200  200  200  200  200  200  404  200  200  200  200  200  200  200  200  200  200  200  200 200  200  200  200  200  200 200 200  200  200  200  200  200  403  403  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200
			lufeng       200   200  200 200  200  200  200  200  200  200  404  200  200  404  404  404  200  200  404  200  200  404  200 200  200  404  200  200  200 200 200  404  404  200  404  200  200  200  200  404  404  404  200  404  200  200  200  404  200  200  200  200  200  200  404  200  200  404  200  200
			zhan         200   200  200 200  200  200  200  200  200  404  404  200  200  404  404  404  200  200  404  200  404  404  200 200  404  404  200  200  200 200 200  404  404  404  404  404  404  403  200  404  404  404  404  404  200  200  200  404  200  404  200  200  404  200  404  200  200  404  200  404
			xuanchuan    200   200  200 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  403 403  403  403  403  200  200 200 200  200  200  403  200  403  403  403  200  200  200  404  404  200  200  200  200  200  200  200  200  403  403  200  404  200  200  404  200  200
			junfenqu     200   200  200 200  200  200  200  200  200  200  404  200  200  200  200  200  200  200  200  200  200  200  403 403  403  403  403  200  200 200 200  200  200  403  200  403  403  403  200  200  200  404  404  200  200  200  200  200  200  200  200  403  403  200  200  200  200  200  200  200
			lingdao      200   200  200 200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200 200  200  200  200  200  200 200 200  200  200  200  200  200  403  403  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200  200
			lufengadmin  403   403  403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403 403  403  403  403  403  403 403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403
			admin        403   403  403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403 403  403  403  403  403  403 403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403
			secadmin     403   403  403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403 403  403  403  403  403  403 403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403
			auditor      403   403  403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403 403  403  403  403  403  403 403 403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403  403
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	private final Map<String, String> paths = new LinkedHashMap<>();

	@BeforeAll
	void findTheRecords() {
		ROUTES.forEach((name, path) -> paths.put(name, resolve(path)));
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("cells")
	void businessMatrix(String user, String route, String expected) throws Exception {
		String path = paths.get(route);
		assertThat(Integer.toString(mvc.perform(get(path).with(demo.as(user))).andReturn().getResponse().getStatus()))
			.as(path).isEqualTo(expected);
	}

	/** The ledger and the dashboard were scoped, the assessment named all 166 lead units of the province. */
	@Test
	void theAssessmentNamesOnlyUnitsInTheUsersScope() throws Exception {
		for (String user : List.of("lufeng", "chuxiong")) {
			String scope = demo.signedIn(user).regionCode();
			String body = mvc.perform(get("/api/v1/plans/1/assessment").with(demo.as(user))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<Integer> units = JsonPath.read(body, "$.levels[*].units[*].unitId");
			assertThat(units).as(user).isNotEmpty();
			assertThat(units).allSatisfy(unit -> assertThat(jdbc.sql("select region_code from directory.unit where id = :id")
				.param("id", unit).query(String.class).single()).as(user + " sees unit " + unit).startsWith(scope));
		}
	}

	Stream<Arguments> cells() {
		List<String> routes = new ArrayList<>(ROUTES.keySet());
		List<Arguments> cells = new ArrayList<>();
		MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
			String[] row = line.split("\\s+");
			assertThat(row).as(line).hasSize(1 + routes.size());
			for (int i = 0; i < routes.size(); i++) {
				cells.add(Arguments.of(row[0], routes.get(i), row[1 + i]));
			}
		});
		return cells.stream();
	}

	private String resolve(String path) {
		int open = path.indexOf('{');
		if (open < 0) {
			return path;
		}
		int close = path.indexOf('}');
		Long id = jdbc.sql(path.substring(open + 1, close)).query((rs, n) -> (Long) rs.getObject(1)).list().get(0);
		assertThat(id).as("a demo record for " + path).isNotNull();
		return path.substring(0, open) + id + path.substring(close + 1);
	}
}

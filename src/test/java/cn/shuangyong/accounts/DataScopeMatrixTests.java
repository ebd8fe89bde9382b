package cn.shuangyong.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What each user may see and do = their role's permissions × the region subtree of their unit. Read as a table: one
 * row per user and action, one column per target. Rules behind the expectations:
 * <ul>
 * <li>the directory is readable by everyone signed in; staff contact details only inside the scope (SHOWN), outside
 * it the page says so and shows none (HIDDEN);</li>
 * <li>a record outside the scope answers 404, as if it did not exist; a record the user may see, with an action their
 * role does not allow, answers 403; an action the role never allows answers 403 whatever the record;</li>
 * <li>POST actions that succeed redirect (302).</li>
 * </ul>
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataScopeMatrixTests {

	/** Units: 禄丰市双拥办, 董户村社区服务站 (禄丰), 楚雄州双拥办, 昆明市双拥办, 云南省双拥办. */
	private static final List<String> UNITS = List.of(Demo.LUFENG_OFFICE, Demo.LUFENG_VILLAGE_STATION,
			Demo.CHUXIONG_OFFICE, Demo.KUNMING_OFFICE, Demo.PROVINCE_OFFICE);

	private static final String UNIT_MATRIX = """
			# user       action      禄丰办   董户村站  楚雄州办  昆明办   省办
			yunnan       READ        200      200       200       200      200
			yunnan       STAFF       SHOWN    SHOWN     SHOWN     SHOWN    SHOWN
			yunnan       EDIT_FORM   200      200       200       200      200
			yunnan       EDIT_SAVE   302      302       302       302      302
			chuxiong     READ        200      200       200       200      200
			chuxiong     STAFF       SHOWN    SHOWN     SHOWN     HIDDEN   HIDDEN
			chuxiong     EDIT_FORM   200      200       200       403      403
			chuxiong     EDIT_SAVE   302      302       302       403      403
			lufeng       READ        200      200       200       200      200
			lufeng       STAFF       SHOWN    SHOWN     HIDDEN    HIDDEN   HIDDEN
			lufeng       EDIT_FORM   200      200       403       403      403
			lufeng       EDIT_SAVE   302      302       403       403      403
			lufengadmin  READ        200      200       200       200      200
			lufengadmin  STAFF       SHOWN    SHOWN     HIDDEN    HIDDEN   HIDDEN
			lufengadmin  EDIT_FORM   200      200       403       403      403
			lufengadmin  EDIT_SAVE   302      302       403       403      403
			zhan         READ        200      200       200       200      200
			zhan         STAFF       HIDDEN   SHOWN     HIDDEN    HIDDEN   HIDDEN
			zhan         EDIT_FORM   403      403       403       403      403
			zhan         EDIT_SAVE   403      403       403       403      403
			xuanchuan    READ        200      200       200       200      200
			xuanchuan    STAFF       SHOWN    SHOWN     SHOWN     SHOWN    SHOWN
			xuanchuan    EDIT_FORM   403      403       403       403      403
			xuanchuan    EDIT_SAVE   403      403       403       403      403
			junfenqu     READ        200      200       200       200      200
			junfenqu     STAFF       SHOWN    SHOWN     SHOWN     HIDDEN   HIDDEN
			junfenqu     EDIT_FORM   403      403       403       403      403
			junfenqu     EDIT_SAVE   403      403       403       403      403
			lingdao      READ        200      200       200       200      200
			lingdao      STAFF       SHOWN    SHOWN     SHOWN     SHOWN    SHOWN
			lingdao      EDIT_FORM   403      403       403       403      403
			lingdao      EDIT_SAVE   403      403       403       403      403
			admin        READ        200      200       200       200      200
			admin        STAFF       SHOWN    SHOWN     SHOWN     SHOWN    SHOWN
			admin        EDIT_FORM   200      200       200       200      200
			admin        EDIT_SAVE   302      302       302       302      302
			secadmin     READ        200      200       200       200      200
			secadmin     STAFF       SHOWN    SHOWN     SHOWN     SHOWN    SHOWN
			secadmin     EDIT_FORM   403      403       403       403      403
			secadmin     EDIT_SAVE   403      403       403       403      403
			auditor      READ        200      200       200       200      200
			auditor      STAFF       HIDDEN   HIDDEN    HIDDEN    HIDDEN   HIDDEN
			auditor      EDIT_FORM   403      403       403       403      403
			auditor      EDIT_SAVE   403      403       403       403      403
			""";

	/** Accounts: zhan (禄丰 village), lufeng (禄丰), chuxiong (楚雄州), one of 昆明, one of 楚雄市. */
	private static final String ACCOUNT_MATRIX = """
			# user       action      zhan     lufeng    chuxiong  昆明     楚雄市
			yunnan       VIEW        403      403       403       403      403
			chuxiong     VIEW        403      403       403       403      403
			lufeng       VIEW        403      403       403       403      403
			lufengadmin  VIEW        200      200       404       404      404
			lufengadmin  DISABLE     -        -         404       404      404
			lufengadmin  UNLOCK      403      403       403       403      403
			zhan         VIEW        403      403       403       403      403
			xuanchuan    VIEW        403      403       403       403      403
			junfenqu     VIEW        403      403       403       403      403
			lingdao      VIEW        403      403       403       403      403
			admin        VIEW        200      200       200       200      200
			admin        UNLOCK      403      403       403       403      403
			secadmin     VIEW        200      200       200       200      200
			secadmin     UNLOCK      302      302       302       302      302
			auditor      VIEW        403      403       403       403      403
			auditor      UNLOCK      403      403       403       403      403
			""";

	/** Pages without a target: the account list and the audit log. */
	private static final String PAGE_MATRIX = """
			# user       /accounts   /audit
			yunnan       403         403
			chuxiong     403         403
			lufeng       403         403
			lufengadmin  200         403
			zhan         403         403
			xuanchuan    403         403
			junfenqu     403         403
			lingdao      403         403
			admin        200         403
			secadmin     200         403
			auditor      403         200
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	private List<String> accounts;

	@BeforeAll
	void staffEveryTargetUnitAndNameTheTargetAccounts() {
		demo.newAccount(Role.LIAISON, Demo.KUNMING_OFFICE, "13987650001");
		accounts = List.of("zhan", "lufeng", "chuxiong", demo.newAccount(Role.OFFICE_STAFF, Demo.KUNMING_OFFICE),
				demo.newAccount(Role.OFFICE_STAFF, Demo.CHUXIONG_CITY_OFFICE));
	}

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@MethodSource("unitCases")
	void unitMatrix(String user, String action, String unitKey, String expected) throws Exception {
		long unit = demo.unitId(unitKey);
		switch (action) {
			case "READ" -> assertThat(status(mvc.perform(get("/directory/units/" + unit).with(demo.as(user))).andReturn()))
				.isEqualTo(expected);
			case "STAFF" -> assertStaff(user, unit, expected);
			case "EDIT_FORM" -> assertThat(status(mvc.perform(get("/directory/units/" + unit + "/edit")
				.with(demo.as(user))).andReturn())).isEqualTo(expected);
			case "EDIT_SAVE" -> assertSave(user, unit, expected);
			default -> throw new IllegalArgumentException(action);
		}
	}

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@MethodSource("accountCases")
	void accountMatrix(String user, String action, String target, String expected) throws Exception {
		long account = demo.accountId(target);
		MvcResult result = switch (action) {
			case "VIEW" -> mvc.perform(get("/accounts/" + account).with(demo.as(user))).andReturn();
			case "UNLOCK" -> mvc.perform(post("/accounts/" + account + "/unlock").with(csrf()).with(demo.as(user)))
				.andReturn();
			case "DISABLE" -> mvc.perform(post("/accounts/" + account + "/disable").with(csrf()).with(demo.as(user)))
				.andReturn();
			default -> throw new IllegalArgumentException(action);
		};
		assertThat(status(result)).isEqualTo(expected);
		assertThat(jdbc.sql("select enabled from accounts.account where id = :id").param("id", account)
			.query(Boolean.class).single()).isTrue();
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("pageCases")
	void pageMatrix(String user, String page, String expected) throws Exception {
		assertThat(status(mvc.perform(get(page).with(demo.as(user))).andReturn())).isEqualTo(expected);
	}

	/** The directory itself, as page and API, is everyone's. */
	@ParameterizedTest
	@MethodSource("users")
	void everyoneReadsTheDirectory(String user) throws Exception {
		for (String path : new String[] { "/directory/units/" + demo.unitId(Demo.KUNMING_OFFICE),
				"/directory/regions/5301", "/api/v1/units?q=%E5%8F%8C%E6%8B%A5%E5%8A%9E", "/api/v1/regions/5301/children" }) {
			assertThat(mvc.perform(get(path).with(demo.as(user))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(200);
		}
	}

	private void assertStaff(String user, long unit, String expected) throws Exception {
		List<String> phones = jdbc.sql("select phone from accounts.account where unit_id = :u and enabled and phone is not null")
			.param("u", unit).query(String.class).list();
		assertThat(phones).as("the unit has staff with phones to show or hide").isNotEmpty();
		String page = body(mvc.perform(get("/accounts/staff").param("unit", Long.toString(unit)).with(demo.as(user)))
			.andReturn());
		if (expected.equals("SHOWN")) {
			// whole to the unit's own staff and the security administrator, masked to the others (StaffPhoneTests)
			assertThat(page).contains("id=\"staff-table\"");
			phones.forEach(phone -> assertThat(page).containsAnyOf(phone, cn.shuangyong.privacy.Masking.phone(phone)));
		}
		else {
			assertThat(page).contains("id=\"staff-out-of-scope\"", "不在您的数据范围内").doesNotContain("staff-table");
			phones.forEach(phone -> assertThat(page).doesNotContain(phone));
		}
	}

	private void assertSave(String user, long unit, String expected) throws Exception {
		Map<String, Object> before = jdbc.sql("select name, short_name, kind, address, phone, version from directory.unit where id = :id")
			.param("id", unit).query().singleRow();
		String address = "矩阵测试地址 " + user;
		MvcResult result = mvc.perform(post("/directory/units/" + unit + "/edit").with(csrf()).with(demo.as(user))
			.param("name", (String) before.get("name")).param("shortName", text(before.get("short_name")))
			.param("kind", (String) before.get("kind")).param("address", address)
			.param("phone", text(before.get("phone"))).param("version", before.get("version").toString())).andReturn();
		assertThat(status(result)).isEqualTo(expected);
		Map<String, Object> after = jdbc.sql("select address, version from directory.unit where id = :id")
			.param("id", unit).query().singleRow();
		if (expected.equals("302")) {
			assertThat(after.get("address")).isEqualTo(address);
		}
		else {
			assertThat(after.get("address")).isEqualTo(before.get("address"));
			assertThat(after.get("version")).isEqualTo(before.get("version"));
		}
	}

	Stream<Arguments> unitCases() {
		return cases(UNIT_MATRIX, UNITS);
	}

	Stream<Arguments> accountCases() {
		return cases(ACCOUNT_MATRIX, accounts);
	}

	Stream<Arguments> pageCases() {
		List<Arguments> cases = new ArrayList<>();
		for (String[] row : rows(PAGE_MATRIX)) {
			cases.add(Arguments.of(row[0], "/accounts", row[1]));
			cases.add(Arguments.of(row[0], "/audit", row[2]));
		}
		return cases.stream();
	}

	Stream<String> users() {
		return rows(PAGE_MATRIX).stream().map(row -> row[0]);
	}

	/** One case per cell; "-" leaves a cell out. */
	private static Stream<Arguments> cases(String matrix, List<String> targets) {
		List<Arguments> cases = new ArrayList<>();
		for (String[] row : rows(matrix)) {
			assertThat(row).as(String.join(" ", row)).hasSize(2 + targets.size());
			for (int i = 0; i < targets.size(); i++) {
				if (!row[2 + i].equals("-")) {
					cases.add(Arguments.of(row[0], row[1], targets.get(i), row[2 + i]));
				}
			}
		}
		return cases.stream();
	}

	private static List<String[]> rows(String matrix) {
		return matrix.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> line.split("\\s+")).toList();
	}

	private static String status(MvcResult result) {
		return Integer.toString(result.getResponse().getStatus());
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}

package cn.shuangyong.pensions;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shipped standards answer by date, a province publishes new ones (national or its top-up) and nobody else does,
 * and a standard that would slip in before one published, or that is malformed, changes nothing.
 */
@PlatformTest
class PensionStandardsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void theStandardsInForceOnADayHaveOneRowPerGradeAndNatureWithWhereTheFigureComesFrom() throws Exception {
		call("lufeng", get("/api/v1/pensions/standards?date=2020-09-30")).andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2020-09-30")).andExpect(jsonPath("$.disability.length()").value(26))
			.andExpect(jsonPath("$.disability[0].grade").value(1))
			.andExpect(jsonPath("$.disability[0].nature").value("IN_BATTLE"))
			.andExpect(jsonPath("$.disability[0].natureLabel").value("因战"))
			.andExpect(jsonPath("$.disability[0].amountPerYear").value(96970.0))
			.andExpect(jsonPath("$.disability[0].basis").value("ARITHMETIC"))
			.andExpect(jsonPath("$.disability[?(@.nature == 'ILLNESS')].grade").value(not(hasItem(7))))
			.andExpect(jsonPath("$.categories[?(@.category == 'MARTYR_FAMILY')].amountPerYear").value(hasItem(27980.0)))
			.andExpect(jsonPath("$.categories[?(@.category == 'MARTYR_FAMILY')].categoryLabel").value(hasItem("烈士遗属")))
			.andExpect(jsonPath("$.missing[*].category").value(hasItem("RURAL_DEMOBILISED")));
		call("lufeng", get("/api/v1/pensions/standards?date=2020-07-31"))
			.andExpect(jsonPath("$.disability[0].amountPerYear").value(88150.0))
			.andExpect(jsonPath("$.disability[0].basis").value("PUBLISHED"));
		call("lufeng", get("/api/v1/pensions/standards?date=2023-01-01"))
			.andExpect(jsonPath("$.disability[0].amountPerYear").value(116270.0))
			.andExpect(jsonPath("$.disability[0].unverified").value(true))
			.andExpect(jsonPath("$.categories[?(@.category == 'MARTYR_FAMILY')].effectiveOn").value(hasItem("2019-08-01")));
		call("lufeng", get("/api/v1/pensions/standards?date=2020-13-45")).andExpect(status().isBadRequest());
	}

	@Test
	void theProvincePublishesANationalStandardAndATopUpThatAddsToIt() throws Exception {
		int year = nextYear();
		call("yunnan", post("/api/v1/pensions/standards").contentType(MediaType.APPLICATION_JSON).content("""
				{"layer":"NATIONAL","effectiveOn":"%d-08-01","title":"%d年残疾抚恤金标准（测试）",
				 "source":"退役军人事务部、财政部通知，%d-07-20",
				 "disability":[{"grade":1,"nature":"IN_BATTLE","amountPerYear":150000}],
				 "categories":[{"category":"RURAL_DEMOBILISED","amountPerYear":9000}]}""".formatted(year, year, year))
			.with(csrf())).andExpect(status().isCreated()).andExpect(jsonPath("$.layerLabel").value("国家标准"))
			.andExpect(jsonPath("$.publishedOn").value("2020-09-30"));
		call("yunnan", post("/api/v1/pensions/standards").contentType(MediaType.APPLICATION_JSON).content("""
				{"layer":"TOP_UP","effectiveOn":"%d-09-01","title":"%d年省增发（测试）","source":"省文件，%d-08-20",
				 "disability":[{"grade":1,"nature":"IN_BATTLE","amountPerYear":1200.50}]}""".formatted(year, year, year))
			.with(csrf())).andExpect(status().isCreated());
		call("chuxiong", get("/api/v1/pensions/standards?date=" + year + "-09-30"))
			.andExpect(jsonPath("$.disability[0].amountPerYear").value(151200.5))
			.andExpect(jsonPath("$.disability[0].national").value(150000.0))
			.andExpect(jsonPath("$.disability[0].topUp").value(1200.5))
			.andExpect(jsonPath("$.missing[*].category").value(not(hasItem("RURAL_DEMOBILISED"))));
		call("chuxiong", get("/api/v1/pensions/standards?date=" + year + "-08-31"))
			.andExpect(jsonPath("$.disability[0].amountPerYear").value(150000.0));
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'PENSION_STANDARD_PUBLISHED'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aStandardBeforeThePublishedOnesOrFromOutsideTheProvinceChangesNothing() throws Exception {
		long before = standards();
		call("yunnan", post("/api/v1/pensions/standards").contentType(MediaType.APPLICATION_JSON).content("""
				{"effectiveOn":"2022-01-01","title":"插在中间的标准","source":"某文件",
				 "disability":[{"grade":1,"nature":"IN_BATTLE","amountPerYear":1}]}""").with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不晚于已发布的")));
		call("yunnan", post("/api/v1/pensions/standards").contentType(MediaType.APPLICATION_JSON).content("""
				{"effectiveOn":"2031-01-01","title":"错误的标准","source":"某文件",
				 "disability":[{"grade":7,"nature":"ILLNESS","amountPerYear":1},{"grade":0,"nature":"IN_BATTLE","amountPerYear":1},
				   {"grade":2,"nature":"SICK","amountPerYear":1}]}""").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(containsString("因病致残只评定一至六级")))
			.andExpect(jsonPath("$.problems[1]").value(containsString("1 至 10 级")))
			.andExpect(jsonPath("$.problems[2]").value(containsString("SICK")));
		call("chuxiong", post("/api/v1/pensions/standards").contentType(MediaType.APPLICATION_JSON).content("""
				{"effectiveOn":"2031-01-01","title":"州里的标准","source":"某文件",
				 "disability":[{"grade":1,"nature":"IN_BATTLE","amountPerYear":1}]}""").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(standards()).isEqualTo(before);
		call("admin", get("/api/v1/pensions/standards")).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsTheTableWithItsCaveatsAndOnlyTheProvinceThePublishingForm() throws Exception {
		mvc.perform(get("/pensions/standards").with(demo.as("lufeng"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unverified\"")))
			.andExpect(content().string(containsString("96,970.00")))
			.andExpect(content().string(containsString("测算值")))
			.andExpect(content().string(containsString("尚未录入标准")))
			.andExpect(content().string(not(containsString("id=\"publish\""))));
		mvc.perform(get("/pensions/standards").with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"publish\"")))
			.andExpect(content().string(containsString("value=\"96970.00\"")));
		mvc.perform(post("/pensions/standards").param("effectiveOn", "2032-08-01").param("title", "表单发布的标准")
			.param("source", "某文件，2032-07-01").param("d.1.IN_BATTLE", "12万").with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", hasItem(containsString("1 级因战：应填每年金额（元），只填数字"))));
		long before = standards();
		mvc.perform(post("/pensions/standards").param("effectiveOn", nextYear() + "-08-01").param("title", "表单发布的标准")
			.param("source", "某文件，2032-07-01").param("d.2.ON_DUTY", "120,000").with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "pensions.standard.published"));
		assertThat(standards()).isEqualTo(before + 1);
	}

	/** A year after the latest national standard: what a test publishes comes after whatever another published. */
	private int nextYear() {
		return jdbc.sql("select max(effective_on) from pensions.standard where layer = 'NATIONAL'")
			.query(java.time.LocalDate.class).single().getYear() + 1;
	}

	private long standards() {
		return jdbc.sql("select count(*) from pensions.standard").query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}
}

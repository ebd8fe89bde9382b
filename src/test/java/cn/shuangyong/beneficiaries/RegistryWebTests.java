package cn.shuangyong.beneficiaries;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.accounts.Role;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry as pages and API show it: scope, masking, reveal, exports and their approval. */
@RegistryTest
class RegistryWebTests {

	private static final String MASKED = "\\d{6}\\*{8}\\d{3}[\\dX]";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Autowired
	JsonMapper json;

	JsonNode getJson(String url, String user) throws Exception {
		return json.readTree(mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	PersonRecord lufengPerson(String name, String categories) {
		PersonDraft d = People.veteran(name, People.LUFENG_VILLAGE);
		return registry.register(new PersonDraft(d.name(), d.idNumber(), d.phone(), d.address(), d.bankAccount(),
				categories, null, d.regionCode()), null, demo.signedIn("lufeng")).person();
	}

	/** A new office account that has already set its own password. */
	String officeUser(String unitKey) {
		String username = demo.newAccount(Role.OFFICE_STAFF, unitKey);
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(username)).update();
		return username;
	}

	@Test
	void listsMaskedNumbers() throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/beneficiaries?size=100").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode page = json.readTree(body);
		assertThat(page.get("content").size()).isPositive();
		page.get("content").forEach(p -> assertThat(p.get("idNumber").asString()).matches(MASKED));
		assertThat(body).as("no whole ID number anywhere").doesNotContainPattern("\\d{17}[\\dX]");
		String html = mvc.perform(get("/beneficiaries").with(demo.as("lufeng"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).containsPattern(MASKED).doesNotContainPattern("\\d{17}[\\dX]").contains("sy-watermark");
		assertThat(html).as("places by name, the code only as a tooltip").containsPattern("title=\"5323\\d+\">禄丰市")
			.doesNotContainPattern(">5323\\d+<");
	}

	@Test
	void apiShapes() throws Exception {
		JsonNode page = getJson("/api/v1/beneficiaries?region=532302&category=退役军人&page=0&size=5", "chuxiong");
		assertThat(page.propertyNames()).containsExactlyInAnyOrder("content", "totalElements", "page", "size");
		assertThat(page.get("size").asInt()).isEqualTo(5);
		JsonNode byCode = getJson("/api/v1/beneficiaries?region=532302&category=VETERAN&size=5", "chuxiong");
		assertThat(byCode.get("totalElements").asLong()).isEqualTo(page.get("totalElements").asLong()).isPositive();
		page.get("content").forEach(p -> {
			assertThat(p.get("regionCode").asString()).startsWith("532302");
			assertThat(p.get("categories").toString()).containsAnyOf("DISCHARGED_SOLDIER_2019", "DEMOBILISED_SOLDIER_2019");
		});
		JsonNode stats = getJson("/api/v1/beneficiaries/stats?region=5323", "chuxiong");
		assertThat(stats.propertyNames()).contains("region", "byCategory", "people", "households", "regions",
				"plaqueCoverage", "visitCoverage");
		assertThat(stats.get("plaqueCoverage").propertyNames()).contains("eligibleHouseholds", "withPlaque");
		assertThat(stats.get("plaqueCoverage").get("eligibleHouseholds").asLong()).isEqualTo(jdbc.sql(
				"select coalesce(sum(eligible_households), 0) from beneficiaries.plaque_rollup where county_code like '5323%'")
			.query(Long.class).single());
		assertThat(stats.get("people").asLong()).isEqualTo(jdbc.sql(
				"select count(*) from beneficiaries.person where county_code like '5323%'").query(Long.class).single());
		assertThat(stats.get("byCategory").get(0).propertyNames()).containsExactlyInAnyOrder("code", "label", "people");
		mvc.perform(get("/api/v1/beneficiaries?category=没有这类").with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("优抚类别“没有这类”不存在"));
		PersonRecord person = lufengPerson("郑九", "军属");
		JsonNode one = getJson("/api/v1/beneficiaries/" + person.id(), "lufeng");
		assertThat(one.get("idNumber").asString()).matches(MASKED);
		assertThat(one.get("phone").asString()).isEqualTo("139****4321");
	}

	@Test
	void scope404ForAnotherCounty() throws Exception {
		PersonRecord person = lufengPerson("冯十", "退伍军人");
		String wuhua = officeUser(Demo.WUHUA_OFFICE);
		mvc.perform(get("/api/v1/beneficiaries/" + person.id()).with(demo.as(wuhua))).andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaries/" + person.id()).with(demo.as(wuhua))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as(wuhua)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\",\"reason\":\"核对身份信息\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/beneficiaries?region=532302").with(demo.as(wuhua))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/beneficiaries/stats?region=5323").with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/beneficiaries/export?format=csv&region=532302").with(demo.as(wuhua)))
			.andExpect(status().isNotFound());
		JsonNode own = getJson("/api/v1/beneficiaries?size=100", wuhua);
		assertThat(own.get("totalElements").asLong()).as("五华区 has none of 楚雄's people").isZero();
		String idNumber = cipherText(person);
		JsonNode search = getJson("/api/v1/beneficiaries?size=100", "lufeng");
		assertThat(search.get("totalElements").asLong()).isPositive();
		String html = mvc.perform(post("/beneficiaries").param("idNumber", idNumber).with(csrf()).with(demo.as(wuhua)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("person-" + person.id());
		String found = mvc.perform(post("/beneficiaries").param("idNumber", idNumber).with(csrf()).with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("person-" + person.id()).contains("共 1 人");
	}

	@Autowired
	cn.shuangyong.privacy.FieldCipher cipher;

	String cipherText(PersonRecord person) {
		return cipher.decrypt(jdbc.sql("select id_cipher from beneficiaries.person where id = :id").param("id", person.id())
			.query(String.class).single(), PersonalField.ID_NUMBER.context(person.id()));
	}

	@Test
	void revealIsAuditedWithReason() throws Exception {
		PersonRecord person = lufengPerson("陈十一", "退伍军人");
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as("lufeng")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\",\"reason\":\" \"}"))
			.andExpect(status().isBadRequest());
		assertThat(audit.count("PERSONAL_DATA_REVEALED")).isZero();
		mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as("lufeng")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"ID_NUMBER\",\"reason\":\"核对抚恤金发放对象身份\"}"))
			.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.value").value(cipherText(person)));
		assertThat(audit.ofType("PERSONAL_DATA_REVEALED")).singleElement().satisfies(r -> {
			assertThat(r.actor()).isEqualTo("lufeng");
			assertThat(r.objectId()).isEqualTo(String.valueOf(person.id()));
			assertThat(r.detail()).contains("公民身份号码").contains("核对抚恤金发放对象身份").doesNotContain(cipherText(person));
		});
		mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as("lingdao")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\",\"reason\":\"领导想看一下\"}"))
			.andExpect(status().isForbidden());
		assertThat(audit.count("PERSONAL_DATA_REVEAL_DENIED")).isEqualTo(1);
		mvc.perform(get("/beneficiaries/" + person.id()).with(demo.as("lufeng"))).andExpect(status().isOk());
		assertThat(audit.count("PERSONAL_DATA_VIEWED")).isEqualTo(1);
	}

	@Test
	void revealsAreLimitedPerHour() throws Exception {
		PersonRecord person = lufengPerson("林十三", "退伍军人");
		String colleague = officeUser(Demo.LUFENG_OFFICE);
		AuditRows audit = AuditRows.from(jdbc);
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as(colleague)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\",\"reason\":\"电话回访核实\"}"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/beneficiaries/" + person.id() + "/reveal").with(demo.as(colleague)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"field\":\"PHONE\",\"reason\":\"电话回访核实\"}"))
			.andExpect(status().isTooManyRequests());
		assertThat(audit.count("PERSONAL_DATA_REVEALED")).isEqualTo(5);
		assertThat(audit.count("PERSONAL_DATA_REVEAL_LIMITED")).isEqualTo(1);
	}

	@Test
	void exportNeedsPermission() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(get("/beneficiaries/export?format=csv&category=烈士遗属").with(demo.as("lingdao")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/beneficiaries/export?format=csv&category=烈士遗属").with(demo.as("zhan")))
			.andExpect(status().isForbidden());
		assertThat(audit.count("PERSONAL_DATA_EXPORT_DENIED")).isEqualTo(2);
		assertThat(audit.count("PERSONAL_DATA_EXPORTED")).isZero();
		MvcResult ok = mvc.perform(get("/beneficiaries/export?format=csv&category=烈士遗属").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store")).andReturn();
		assertThat(ok.getResponse().getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		String csv = ok.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("导出人：lufeng").contains("导出时间：").containsPattern(MASKED)
			.doesNotContainPattern("\\d{17}[\\dX]");
		assertThat(audit.ofType("PERSONAL_DATA_EXPORTED")).singleElement()
			.satisfies(r -> assertThat(r.detail()).contains("类别=烈士遗属"));
	}

	@Test
	void largeExportNeedsApproval() throws Exception {
		String big = mvc.perform(get("/beneficiaries/export?format=xlsx").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(big).contains("id=\"export-request\"");
		mvc.perform(post("/beneficiaries/exports").with(demo.as("lufeng")).with(csrf()).param("format", "XLSX")
			.param("reason", "八一走访慰问名单核对")).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select max(id) from beneficiaries.export_request").query(Long.class).single();
		mvc.perform(get("/beneficiaries/exports/" + id + "/download").with(demo.as("lufeng")))
			.andExpect(status().isConflict());
		mvc.perform(post("/beneficiaries/exports/" + id + "/approve").with(demo.as("lufeng")).with(csrf()))
			.andExpect(status().isForbidden());
		String colleague = officeUser(Demo.LUFENG_OFFICE);
		mvc.perform(post("/beneficiaries/exports/" + id + "/approve").with(demo.as(colleague)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/beneficiaries/exports/" + id + "/download").with(demo.as(colleague)))
			.andExpect(status().isNotFound());
		byte[] file = mvc.perform(get("/beneficiaries/exports/" + id + "/download").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("导出人：lufeng").contains("导出时间：");
			assertThat(sheet.getHeader().getCenter()).contains("lufeng");
			assertThat(sheet.getFooter().getCenter()).contains("lufeng");
			long rows = jdbc.sql("select row_count from beneficiaries.export_request where id = :id").param("id", id)
				.query(Long.class).single();
			assertThat(sheet.getLastRowNum()).isEqualTo(rows + 2);
			assertThat(rows).isGreaterThan(50);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				}
			}
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).matches(MASKED);
		}
		mvc.perform(get("/beneficiaries/exports/" + id + "/download").with(demo.as("lufeng")))
			.andExpect(status().isConflict());
	}

	@Test
	void theRegistrationFormNamesEachProblemAndSavesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single();
		String id = People.idNumber();
		String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
		String html = mvc.perform(post("/beneficiaries/new").with(demo.as("lufeng")).with(csrf()).param("name", "杨十二")
			.param("idNumber", wrong).param("category", "残疾军人").param("regionCode", People.LUFENG_VILLAGE))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("公民身份号码：第 18 位校验码应为 " + id.charAt(17)).contains("伤残等级：残疾军人须填写伤残等级");
		assertThat(jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/beneficiaries/new").with(demo.as("lufeng")).with(csrf()).param("name", "杨十二")
			.param("idNumber", id).param("category", "残疾军人").param("disabilityGrade", "Ⅳ")
			.param("regionCode", People.LUFENG_VILLAGE))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void aPersonTheBulkPathWroteWithoutAHouseholdIsStillListedAndShown() throws Exception {
		long id = jdbc.sql("""
				insert into beneficiaries.person (name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked,
				  categories, region_code, county_code, prefecture_code)
				values ('批量导入', '批量导入', 'F', date '1970-01-01', 'bulk-no-household', 'v1:x:y', '532331********0000',
				  array['MARTYR_FAMILY_2019'], :region, '532302', '5323') returning id""")
			.param("region", People.LUFENG_VILLAGE).query(Long.class).single();
		JsonNode one = getJson("/api/v1/beneficiaries/" + id, "lufeng");
		assertThat(one.get("householdId").asLong()).isZero();
		mvc.perform(get("/beneficiaries/" + id).with(demo.as("lufeng"))).andExpect(status().isOk());
		JsonNode found = json.readTree(mvc.perform(post("/api/v1/beneficiaries/search").with(csrf())
			.with(demo.as("lufeng")).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"name\":\"批量导入\"}")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(found.get("totalElements").asLong()).isEqualTo(1);
		jdbc.sql("delete from beneficiaries.person where id = :id").param("id", id).update();
	}

	@Test
	void csvExportDefusesFormulas() throws Exception {
		List<String> names = List.of("=cmd|'/c calc'!A1", "+SUM(1,2)", "-2+3", "@HYPERLINK(\"http://x\",\"y\")");
		for (String name : names) {
			lufengPerson(name, "病故军人遗属");
		}
		String csv = mvc.perform(get("/beneficiaries/export?format=csv&category=病故军人遗属").with(demo.as("lufeng")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=cmd|'/c calc'!A1\"", "\"'+SUM(1,2)\"", "\"'-2+3\"",
				"\"'@HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
		assertThat(CsvExport.cell("\t=1+1")).isEqualTo("\"'\t=1+1\"");
		assertThat(CsvExport.cell("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(CsvExport.cell("张三")).isEqualTo("\"张三\"");
	}
}

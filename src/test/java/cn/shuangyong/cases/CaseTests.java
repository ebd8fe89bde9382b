package cn.shuangyong.cases;

import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Grievance cases on a need-to-know basis, and a petition's life: accepted and assigned as a task, extended once,
 * answered, 不满意 and reviewed by the higher office; bad input refused with nothing changed.
 */
@PlatformTest
class CaseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void theDemoCasesAreSeenByTheOfficesInScopeAndTheHandlingUnitOnlyMasked() throws Exception {
		call("chuxiong", get("/api/v1/cases").param("size", "100")).andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(20))
			.andExpect(content().string(not(containsString("196503151237"))))
			.andExpect(content().string(containsString("532301********1237")));
		call("chuxiong", get("/api/v1/cases").param("overdue", "true")).andExpect(jsonPath("$.totalElements").value(3));
		call("chuxiong", get("/api/v1/cases").param("tough", "true")).andExpect(jsonPath("$.totalElements").value(2));
		call("chuxiong", get("/api/v1/cases").param("red", "true"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].receivedOn").value("2020-06-15"))
			.andExpect(jsonPath("$.content[0].old").value(true)).andExpect(jsonPath("$.content[0].ageDays").value(107))
			.andExpect(jsonPath("$.content[1].tough").value(true)).andExpect(jsonPath("$.content[1].old").value(false))
			.andExpect(jsonPath("$.content[1].reportLate").value(true))
			.andExpect(jsonPath("$.content[1].reportDue").value("2020-09-05"));
		mvc.perform(get("/cases").param("red", "true").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已 107 天未结")))
			.andExpect(content().string(containsString("逾月未报进展（应于 2020-09-05 前报送）")));
		call("chuxiong", get("/api/v1/cases").param("status", "later")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("状态（status）")));
		call("lufeng", get("/api/v1/cases")).andExpect(jsonPath("$.totalElements").value(1));
		call("cxweijian", get("/api/v1/cases")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].tough").value(true));
		call("cxjiaoyu", get("/api/v1/cases")).andExpect(jsonPath("$.totalElements").value(0));
		long tough = jdbc.sql("select id from cases.grievance where leader_name = '州卫生健康委员会主任'").query(Long.class).single();
		call("cxjiaoyu", get("/api/v1/cases/{id}", tough)).andExpect(status().isNotFound());
		AuditRows audit = AuditRows.from(jdbc);
		call("cxweijian", get("/api/v1/cases/{id}", tough)).andExpect(status().isOk());
		assertThat(audit.ofType("CASE_VIEWED")).singleElement().satisfies(row -> assertThat(row.actor()).isEqualTo("cxweijian"));
		String figures = call("chuxiong", get("/api/v1/cases/figures")).andReturn().getResponse().getContentAsString();
		List<Integer> counted = JsonPath.read(figures, "$[*].cases");
		assertThat(counted.stream().mapToInt(Integer::intValue).sum()).as("the repeat petition is not counted again")
			.isEqualTo(19);
		assertThat(JsonPath.<List<String>>read(figures, "$[*].region")).as("figures by region").contains("禄丰市", "大姚县");
		mvc.perform(get("/cases").param("overdue", "true").with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("超期")));
	}

	@Test
	void aPetitionIsAssignedExtendedOnceAnsweredAndAfterNotSatisfiedReviewedByTheHigherOffice() throws Exception {
		String created = call("cxxinfang", json(post("/api/v1/cases"), "{\"source\":\"PETITION\",\"category\":\"TREATMENT\","
				+ "\"summary\":\"反映优待金未发放\",\"personName\":\"段某\",\"phone\":\"13800001234\",\"receivedOn\":\"2020-09-20\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.phoneMasked").value("138****1234"))
			.andExpect(jsonPath("$.acceptBy").value("2020-10-05")).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		long veterans = demo.unitId("veterans:5323");

		long hrss = demo.unitId("human-resources:5323");
		call("cxxinfang", json(post("/api/v1/cases/{id}/accept", id), "{\"version\":0,\"handlingUnitId\":" + veterans
				+ ",\"cooperatingUnitIds\":[" + veterans + "],\"on\":\"2020-09-22\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("配合单位：不能是承办单位本身")));
		call("cxxinfang", json(post("/api/v1/cases/{id}/accept", id), "{\"version\":0,\"handlingUnitId\":" + veterans
				+ ",\"cooperatingUnitIds\":[" + hrss + "],\"on\":\"2020-09-22\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.answerBy").value("2020-11-21")).andExpect(jsonPath("$.taskId").isNumber());
		call("cxxinfang", json(post("/api/v1/cases/{id}/extend", id), "{\"version\":1,\"until\":\"2020-12-31\",\"text\":\"需协调资金\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不超过 30 天")));
		call("cxxinfang", json(post("/api/v1/cases/{id}/extend", id), "{\"version\":1,\"until\":\"2020-12-10\",\"text\":\"需协调资金\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.extendedTo").value("2020-12-10"));
		long task = jdbc.sql("select task_id from cases.grievance where id = ?").param(id).query(Long.class).single();
		call("cxxinfang", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.deadline").value("2020-12-10"))
			.andExpect(jsonPath("$.cooperatingUnits[0].id").value(hrss));
		call("cxxinfang", json(post("/api/v1/cases/{id}/extend", id), "{\"version\":2,\"until\":\"2020-12-20\",\"text\":\"再延\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不能再次延期")));

		call("cxtuiyi", json(post("/api/v1/cases/{id}/resolve", id), "{\"version\":2,\"text\":\" \"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("办理结果")));
		call("cxtuiyi", json(post("/api/v1/cases/{id}/resolve", id), "{\"version\":2,\"text\":\"已补发优待金\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESOLVED"));
		call("cxtuiyi", json(post("/api/v1/cases/{id}/close", id), "{\"version\":3,\"satisfaction\":\"SATISFIED\",\"text\":\"满意\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("承办单位不能自己记录")));
		call("cxxinfang", json(post("/api/v1/cases/{id}/close", id), "{\"version\":3,\"satisfaction\":\"UNSATISFIED\",\"text\":\"本人认为补发金额不足\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REOPENED"));
		call("cxxinfang", json(post("/api/v1/cases/{id}/review", id), "{\"version\":4,\"text\":\"维持\"}"))
			.andExpect(status().isForbidden());
		call("chuxiong", json(post("/api/v1/cases/{id}/review", id), "{\"version\":4,\"text\":\"经复查补发金额无误，维持原处理意见\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"))
			.andExpect(jsonPath("$.satisfactionLabel").value("不满意"));
		assertThat(jdbc.sql("select count(*) from cases.step where case_id = ?").param(id).query(Long.class).single())
			.as("registered, accepted, extended, resolved, reopened, reviewed").isEqualTo(6);
		mvc.perform(get("/cases/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("上级复查结案")));

		MockMultipartFile renamed = new MockMultipartFile("files", "信访件.pdf", "application/pdf", "MZ 程序".getBytes());
		mvc.perform(multipart("/cases/{id}/documents", id).file(renamed).with(demo.as("cxxinfang")).with(csrf()))
			.andExpect(flash().attribute("problems", hasItem(containsString("案件材料：文件“信访件.pdf”不是"))));
		mvc.perform(multipart("/cases/{id}/documents", id).file(new MockMultipartFile("files", "答复.pdf", "application/pdf",
				"%PDF-1.4 答复意见".getBytes())).with(demo.as("cxjiaoyu")).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from cases.document where case_id = ?").param(id).query(Long.class).single())
			.isZero();
		byte[] pdf = "%PDF-1.4 答复意见".getBytes();
		mvc.perform(multipart("/cases/{id}/documents", id).file(new MockMultipartFile("files", "答复意见.pdf",
				"application/pdf", pdf)).with(demo.as("cxtuiyi")).with(csrf()))
			.andExpect(flash().attribute("notice", "cases.documents.attached"));
		String document = jdbc.sql("select id::text from cases.document where case_id = ?").param(id).query(String.class)
			.single();
		AuditRows audit = AuditRows.from(jdbc);
		mvc.perform(get("/cases/{id}/documents/{d}", id, document).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		assertThat(audit.ofType("CASE_DOCUMENT_READ")).singleElement()
			.satisfies(row -> assertThat(row.actor()).isEqualTo("chuxiong"));
		mvc.perform(get("/cases/{id}/documents/{d}", id, document).with(demo.as("cxjiaoyu"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", id).with(demo.as("cxxinfang"))).andExpect(content().string(containsString("答复意见.pdf")));
	}

	@Test
	void aPersonOfTheRegistryIsTakenFromItAndTheirRepeatIsLinked() throws Exception {
		// registered by the province's office, so that 楚雄州's own counts stay the demo's
		var person = jdbc.sql("select id, name from beneficiaries.person where region_code like '532301%' order by id limit 1")
			.query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("name")}).single();
		long before = jdbc.sql("select count(*) from cases.grievance").query(Long.class).single();
		String intake = "{\"source\":\"VISIT\",\"category\":\"HOUSING\",\"summary\":\"反映危房改造补助未到位\","
				+ "\"receivedOn\":\"2020-09-25\",\"registryPersonId\":";
		call("lufeng", json(post("/api/v1/cases"), intake + person[0] + "}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("优抚对象：编号 " + person[0] + " 不在您管辖范围")));
		call("yunnan", json(post("/api/v1/cases"), intake.replace(",\"registryPersonId\":", ",\"idNumber\":\"110101199003074514\"}")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("当事人姓名：请填写")));
		assertThat(jdbc.sql("select count(*) from cases.grievance").query(Long.class).single()).isEqualTo(before);

		String first = call("yunnan", json(post("/api/v1/cases"), intake + person[0] + ",\"personName\":\"别的名字\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.personName").value(person[1]))
			.andExpect(jsonPath("$.registryPersonId").value(person[0])).andReturn().getResponse().getContentAsString();
		long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
		call("yunnan", json(post("/api/v1/cases"), intake.replace("2020-09-25", "2020-09-28") + person[0] + "}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.repeatOf").value(firstId));
		mvc.perform(get("/cases/{id}", firstId).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/beneficiaries/" + person[0])))
			.andExpect(content().string(containsString("同一诉求重复信访")));
	}

	@Test
	void badIntakeIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
		long before = jdbc.sql("select count(*) from cases.grievance").query(Long.class).single();
		call("cxxinfang", json(post("/api/v1/cases"), "{\"source\":\"FAX\",\"category\":\"TREATMENT\",\"summary\":\"\","
				+ "\"personName\":\"段某\",\"idNumber\":\"532301196503151230\",\"receivedOn\":\"2020-10-20\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("来源")))
			.andExpect(jsonPath("$.detail").value(containsString("诉求摘要")))
			.andExpect(jsonPath("$.detail").value(containsString("身份证号")))
			.andExpect(jsonPath("$.detail").value(containsString("登记日期：不能晚于今天")));
		assertThat(jdbc.sql("select count(*) from cases.grievance").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void documentsComeWithTheIntakeAndARefusedOneRefusesTheCase() throws Exception {
		long before = jdbc.sql("select count(*) from cases.grievance").query(Long.class).single();
		mvc.perform(intake(new MockMultipartFile("files", "信访件.pdf", "application/pdf", "MZ 程序".getBytes())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("案件材料：文件“信访件.pdf”不是")));
		assertThat(jdbc.sql("select count(*) from cases.grievance").query(Long.class).single()).as("nothing stored")
			.isEqualTo(before);
		String location = mvc.perform(intake(new MockMultipartFile("files", "信访件.pdf", "application/pdf",
				"%PDF-1.4 信访件".getBytes())))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("select original_name from cases.document where case_id = ?").param(id).query(String.class)
			.list()).containsExactly("信访件.pdf");
		mvc.perform(get("/cases/{id}", id).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("信访件.pdf")));
		mvc.perform(multipart("/api/v1/cases/{id}/documents", id)
			.file(new MockMultipartFile("files", "批示.docx", "application/pdf", "%PDF-1.4 批示".getBytes()))
			.with(httpBasic("yunnan", Demo.PASSWORD)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("案件材料")));
		mvc.perform(multipart("/api/v1/cases/{id}/documents", id)
			.file(new MockMultipartFile("files", "批示.pdf", "application/pdf", "%PDF-1.4 批示".getBytes()))
			.with(httpBasic("yunnan", Demo.PASSWORD)))
			.andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem("批示.pdf")))
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void theProvincialOfficeAddsAndRetiresACategoryOnItsPageComparedOnItsVersion() throws Exception {
		mvc.perform(get("/cases/categories").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("历史遗留")))
			.andExpect(content().string(not(containsString("category-form"))));
		mvc.perform(post("/cases/categories").with(demo.as("chuxiong")).with(csrf()).param("code", "EDUCATION")
			.param("label", "子女教育")).andExpect(status().isForbidden());
		mvc.perform(post("/cases/categories").with(demo.as("yunnan")).with(csrf()).param("code", "1X").param("label", ""))
			.andExpect(flash().attribute("problems", hasItem(containsString("类别代码："))))
			.andExpect(flash().attribute("problems", hasItem(containsString("类别名称：请填写"))));
		mvc.perform(post("/cases/categories").with(demo.as("yunnan")).with(csrf()).param("code", "housing")
			.param("label", "住房")).andExpect(flash().attribute("problems", hasItem("类别代码：HOUSING 已存在")))
			.andExpect(flash().attribute("problems", hasItem("类别名称：“住房”已存在")));
		mvc.perform(post("/cases/categories").with(demo.as("yunnan")).with(csrf()).param("code", "education")
			.param("label", "子女教育")).andExpect(flash().attribute("notice", "cases.categories.added"));
		call("cxxinfang", get("/api/v1/cases/categories")).andExpect(content().string(containsString("子女教育")));
		mvc.perform(post("/cases/categories/EDUCATION/retire").with(demo.as("yunnan")).with(csrf()).param("version", "5"))
			.andExpect(flash().attribute("problems", hasItem("案件类别已被他人修改，请刷新后重试")));
		mvc.perform(post("/cases/categories/EDUCATION/retire").with(demo.as("yunnan")).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("notice", "cases.categories.retired"));
		call("cxxinfang", get("/api/v1/cases/categories")).andExpect(content().string(not(containsString("子女教育"))));
		call("cxxinfang", json(post("/api/v1/cases"), "{\"source\":\"LETTER\",\"category\":\"EDUCATION\","
				+ "\"summary\":\"来信反映子女入学优待未落实。\",\"personName\":\"段某\",\"receivedOn\":\"2020-09-29\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("类别")));
		mvc.perform(get("/cases/categories").with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("已停用")));
	}

	private org.springframework.test.web.servlet.RequestBuilder intake(MockMultipartFile file) {
		return multipart("/cases").file(file).param("source", "LETTER").param("category", "TREATMENT")
			.param("summary", "来信反映优待金未按时发放。").param("personName", "段某").param("receivedOn", "2020-09-29")
			.with(demo.as("yunnan")).with(csrf());
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}

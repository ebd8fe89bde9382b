package cn.shuangyong.publicity;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An exemplar selection from opening to naming, as 楚雄州 runs one: places per county, nominations within the
 * nominating unit's region (a registry person by their record), review, the 公示 with an objection, naming after it;
 * each wrong move is refused in Chinese and changes nothing.
 */
@PlatformTest
class SelectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void aSelectionGoesFromNominationThroughItsNoticeToNamingAndWrongMovesChangeNothing() throws Exception {
		String lufeng = region("禄丰市");
		String chuxiongCity = region("楚雄市");
		long selections = count("publicity.selection");
		call("chuxiong", post("/api/v1/publicity/selections").param("honour", "模范退役军人").param("year", "2020")
			.param("rules", "事迹突出").param("quotas", lufeng + ":1,5301:2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("推荐名额的地区 5301 不在本次评选的范围内")));
		assertThat(count("publicity.selection")).isEqualTo(selections);
		String opened = call("chuxiong", post("/api/v1/publicity/selections").param("honour", "模范退役军人")
			.param("year", "2020").param("rules", "事迹突出，群众公认").param("quotas", lufeng + ":1," + chuxiongCity + ":1"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.selection.stage").value("NOMINATING"))
			.andExpect(jsonPath("$.places", hasSize(2))).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(opened, "$.selection.id")).longValue();

		// 禄丰 nominates in its own region only; a registry person by their record, with the registry's name and place
		long nominees = count("publicity.nominee");
		call("lufeng", post("/api/v1/publicity/selections/{id}/nominees", id).param("name", "钱某")
			.param("region", chuxiongCity).param("story", "事迹"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("候选人所在地区须在推荐单位的行政区域内")));
		long person = jdbc.sql("select min(id) from beneficiaries.person where region_code like :r || '%'")
			.param("r", lufeng).query(Long.class).single();
		call("lufeng", post("/api/v1/publicity/selections/{id}/nominees", id).param("personId", "999999999")
			.param("story", "事迹")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("登记库中没有编号为 999999999 的人员")));
		assertThat(count("publicity.nominee")).isEqualTo(nominees);
		call("lufeng", post("/api/v1/publicity/selections/{id}/nominees", id).param("personId", Long.toString(person))
			.param("story", "带领乡亲发展特色种植").param("honours", "县劳动模范")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.nominees[0].personId").value(person))
			.andExpect(jsonPath("$.nominees[0].name").value(jdbc.sql("select name from beneficiaries.person where id = :p")
				.param("p", person).query(String.class).single()));
		String both = call("lufeng", post("/api/v1/publicity/selections/{id}/nominees", id).param("name", "孙某")
			.param("region", lufeng).param("story", "社区志愿服务")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long first = ((Number) JsonPath.read(both, "$.nominees[0].id")).longValue();
		long second = ((Number) JsonPath.read(both, "$.nominees[1].id")).longValue();

		call("lufeng", post("/api/v1/publicity/selections/{id}/nominees/{n}/review", id, first).param("version", "0")
			.param("approve", "true")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/publicity/selections/{id}/nominees/{n}/review", id, first).param("version", "0")
			.param("approve", "true")).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/publicity/selections/{id}/notice", id).param("version", "0")
			.param("start", "2020-09-21").param("end", "2020-09-29")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("还有候选人未审核")));
		call("chuxiong", post("/api/v1/publicity/selections/{id}/nominees/{n}/review", id, second).param("version", "0")
			.param("approve", "false")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("审核意见")));
		call("chuxiong", post("/api/v1/publicity/selections/{id}/nominees/{n}/review", id, second).param("version", "0")
			.param("approve", "false").param("note", "超出名额，事迹较弱")).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/publicity/selections/{id}/name", id).param("version", "0")
			.param("namingDoc", "楚拥〔2020〕9号")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("尚未公示")));

		String inNotice = call("chuxiong", post("/api/v1/publicity/selections/{id}/notice", id).param("version", "0")
			.param("start", "2020-09-21").param("end", "2020-09-29")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.selection.stage").value("NOTICE")).andExpect(jsonPath("$.notice.running").value(true))
			.andExpect(jsonPath("$.notice.docNumber").value(containsString("楚")))
			.andReturn().getResponse().getContentAsString();
		int selectionVersion = JsonPath.read(inNotice, "$.selection.version");
		call("chuxiong", post("/api/v1/publicity/selections/{id}/name", id).param("version", Integer.toString(selectionVersion))
			.param("namingDoc", "楚拥〔2020〕9号")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("尚未结束")));
		String objected = call("chuxiong", post("/api/v1/publicity/selections/{id}/notice/objections", id)
			.param("receivedOn", "2020-09-22").param("objector", "匿名").param("channel", "信函")
			.param("content", "对候选人事迹有疑问")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long objection = ((Number) JsonPath.read(objected, "$.notice.objections[0].id")).longValue();
		int noticeVersion = JsonPath.read(objected, "$.notice.version");
		call("chuxiong", post("/api/v1/publicity/selections/{id}/notice/close", id)
			.param("version", Integer.toString(noticeVersion))).andExpect(status().isConflict());
		String answered = call("chuxiong", post("/api/v1/publicity/selections/{id}/notice/objections/{o}/answer", id, objection)
			.param("upheld", "false").param("reason", "经核实事迹属实").param("reply", "已书面答复"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		call("chuxiong", post("/api/v1/publicity/selections/{id}/notice/close", id)
			.param("version", Integer.toString((Integer) JsonPath.read(answered, "$.notice.version"))))
			.andExpect(status().isOk()).andExpect(jsonPath("$.notice.outcome").value("CONFIRMED"));
		call("chuxiong", post("/api/v1/publicity/selections/{id}/name", id).param("version", Integer.toString(selectionVersion))
			.param("namingDoc", " ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("命名文件")));
		call("chuxiong", post("/api/v1/publicity/selections/{id}/name", id).param("version", Integer.toString(selectionVersion))
			.param("namingDoc", "楚拥〔2020〕9号")).andExpect(status().isOk())
			.andExpect(jsonPath("$.selection.stage").value("NAMED"));
		assertThat(jdbc.sql("select count(*) from publicity.exemplar where selection_id = :s and person_id = :p"
				+ " and source = '楚拥〔2020〕9号' and honours = '县劳动模范'").param("s", id).param("p", person)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from publicity.exemplar where selection_id = :s").param("s", id)
			.query(Long.class).single()).as("the rejected nominee is not named").isEqualTo(1);

		// read by the region's business roles above and below, not by administrators nor by another prefecture
		call("zhan", get("/api/v1/publicity/selections/{id}", id)).andExpect(status().isOk());
		call("admin", get("/api/v1/publicity/selections/{id}", id)).andExpect(status().isForbidden());
		mvc.perform(get("/publicity/selections/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("楚拥〔2020〕9号")));
	}

	@Test
	void theDemoSelectionIsInItsNoticeWithMadeUpPeopleAndItsPagesRender() throws Exception {
		long id = jdbc.sql("select id from publicity.selection where stage = 'NOTICE' and region_code = '5323'")
			.query(Long.class).list().get(0);
		call("chuxiong", get("/api/v1/publicity/selections/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.running").value(true))
			.andExpect(jsonPath("$.nominees[0].story").value(containsString("演示数据（虚构人物，非公布名单）")));
		call("chuxiong", post("/api/v1/publicity/selections/{id}/name", id).param("version", "3").param("namingDoc", "文"))
			.andExpect(status().isConflict());
		for (String user : new String[] { "chuxiong", "lufeng", "zhan", "yunnan" }) {
			mvc.perform(get("/publicity/selections").with(demo.as(user))).andExpect(status().isOk())
				.andExpect(content().string(containsString("最美退役军人")));
			mvc.perform(get("/publicity/selections/{id}", id).with(demo.as(user))).andExpect(status().isOk());
		}
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).with(demo.as(user)));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private String region(String name) {
		return jdbc.sql("select code from directory.region where name = :n and code like '5323%'").param("n", name)
			.query(String.class).single();
	}
}

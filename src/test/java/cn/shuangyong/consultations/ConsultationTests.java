package cn.shuangyong.consultations;

import java.time.Duration;

import cn.shuangyong.CurrentVersion;
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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A meeting is called, held and minuted; each decision becomes a supervision task linked back to it. */
@PlatformTest
class ConsultationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void theDemoConsultationHasTwoDecisionsFollowedAsTasks() throws Exception {
		long topic = jdbc.sql("select id from consultations.meeting where kind = 'TOPIC'").query(Long.class).single();
		call("chuxiong", get("/api/v1/consultations")).andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].kind").value(org.hamcrest.Matchers.hasItem("TOPIC")));
		call("chuxiong", get("/api/v1/consultations/{id}", topic)).andExpect(status().isOk())
			.andExpect(jsonPath("$.decisions.length()").value(2)).andExpect(jsonPath("$.decisions[0].taskId").isNumber());
		long task = jdbc.sql("select task_id from consultations.decision where meeting_id = ? and position = 1").param(topic).query(Long.class).single();
		call("chuxiong", get("/api/v1/tasks/{id}", task)).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(containsString("随军家属专场招聘会")))
			.andExpect(jsonPath("$.leadUnits[0].name").value("楚雄彝族自治州退役军人事务局"))
			.andExpect(jsonPath("$.deadline").value("2020-11-30"));
		call("lufeng", get("/api/v1/consultations")).andExpect(jsonPath("$.content.length()").value(0))
			.andExpect(jsonPath("$.totalElements").value(0));
		call("lufeng", get("/api/v1/consultations/{id}", topic)).andExpect(status().isNotFound());
	}

	@Test
	void decisionsWaitForTheMinutesAndOnlyTheConvenerRecordsThem() throws Exception {
		long veterans = demo.unitId("veterans:5323");
		long military = demo.unitId("military:5323");
		String created = call("chuxiong", post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WORK\",\"title\":\"三季度工作会商\",\"heldOn\":\"2020-09-29\",\"agenda\":\"通报三季度双拥工作\","
					+ "\"participantUnitIds\":[" + veterans + "," + military + "]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.participants.length()").value(2))
			.andReturn().getResponse().getContentAsString();
		long meeting = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		String decision = "{\"text\":\"四季度开展走访慰问\",\"leadUnitIds\":[" + veterans + "],\"cooperatingUnitIds\":[" + military
				+ "],\"deadline\":\"2020-12-31\"}";
		call("chuxiong", post("/api/v1/consultations/{id}/decisions", meeting).contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isConflict());
		call("junfenqu", post("/api/v1/consultations/{id}/minutes", meeting).contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":\"纪要\",\"version\":0}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/consultations/{id}/minutes", meeting).contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":\"会议通报了三季度工作。\",\"version\":0}")).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/consultations/{id}/decisions", meeting).contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isCreated()).andExpect(jsonPath("$.decisions[0].taskId").isNumber());
		call("chuxiong", post("/api/v1/consultations/{id}/decisions", meeting).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"\",\"leadUnitIds\":[],\"deadline\":null}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("牵头单位")));
		assertThat(jdbc.sql("select count(*) from consultations.decision where meeting_id = ?").param(meeting)
			.query(Long.class).single()).isOne();
	}

	@Test
	void aDecisionIsCarriedOutWhenItsTaskIsSignedOffAndOpenAgainWhenTheTaskIsReopened() throws Exception {
		long veterans = demo.unitId("veterans:5323");
		String created = call("chuxiong", post("/api/v1/consultations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"WORK\",\"title\":\"烈士纪念设施管护工作会商\",\"heldOn\":\"2020-09-28\","
					+ "\"agenda\":\"研究烈士纪念设施管护\",\"participantUnitIds\":[" + veterans + "]}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long meeting = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		call("chuxiong", post("/api/v1/consultations/{id}/minutes", meeting).contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":\"会议研究了烈士纪念设施管护。\",\"version\":0}")).andExpect(status().isOk());
		call("chuxiong", post("/api/v1/consultations/{id}/decisions", meeting).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"十月底前完成零散烈士墓迁移\",\"leadUnitIds\":[" + veterans + "],\"deadline\":\"2020-10-31\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.decisions[0].doneOn").isEmpty());
		long decision = jdbc.sql("select id from consultations.decision where meeting_id = ?").param(meeting)
			.query(Long.class).single();
		long task = jdbc.sql("select task_id from consultations.decision where id = ?").param(decision)
			.query(Long.class).single();
		call("chuxiong", get("/api/v1/tasks/{id}", task)).andExpect(jsonPath("$.source.kind").value("CONSULTATION"))
			.andExpect(jsonPath("$.source.label").value("会商议定事项"))
			.andExpect(jsonPath("$.source.href").value("/consultations/decisions/" + decision));
		mvc.perform(get("/consultations/decisions/{id}", decision).with(demo.as("chuxiong")))
			.andExpect(redirectedUrl("/consultations/" + meeting + "#decision-1"));
		mvc.perform(get("/consultations/decisions/{id}", decision).with(demo.as("lufeng")))
			.andExpect(status().isNotFound());

		call("cxtuiyi", post("/api/v1/tasks/{id}/sign-for", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		call("cxtuiyi", post("/api/v1/tasks/{id}/reports", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"零散烈士墓已全部迁入烈士陵园\"}")).andExpect(status().isCreated());
		call("cxtuiyi", post("/api/v1/tasks/{id}/submit", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		assertThat(doneOn(decision)).as("submitted is not yet done").isNull();
		call("chuxiong", post("/api/v1/tasks/{id}/sign-off", task).with(CurrentVersion.ofTask(jdbc, task))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> doneOn(decision) != null);
		call("chuxiong", get("/api/v1/consultations/{id}", meeting))
			.andExpect(jsonPath("$.decisions[0].doneOn").value("2020-09-30"));
		mvc.perform(get("/consultations/{id}", meeting).with(demo.as("chuxiong")))
			.andExpect(content().string(containsString("已落实")));

		call("chuxiong", post("/api/v1/tasks/{id}/reopen", task).with(CurrentVersion.ofTask(jdbc, task)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"复查发现尚有两座未迁\"}")).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> doneOn(decision) == null);
		call("chuxiong", get("/api/v1/consultations/{id}", meeting))
			.andExpect(jsonPath("$.decisions[0].doneOn").isEmpty());
		mvc.perform(get("/consultations/{id}", meeting).with(demo.as("chuxiong")))
			.andExpect(content().string(not(containsString("已落实"))));
	}

	private String doneOn(long decision) {
		return jdbc.sql("select done_on::text from consultations.decision where id = ?").param(decision)
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}

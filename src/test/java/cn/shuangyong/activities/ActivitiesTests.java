package cn.shuangyong.activities;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 楚雄州 records an activity; it is listed by kind and region in scope, hidden outside it; bad input changes nothing. */
@PlatformTest
class ActivitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void anActivityRecordedByTheOfficeIsListedInItsScopeAndHiddenOutsideIt() throws Exception {
		String body = mvc.perform(post("/api/v1/activities").param("kind", "OPEN_BARRACKS")
			.param("title", "国庆前夕军营开放日").param("heldOn", "2020-09-26").param("place", "楚雄军分区")
			.param("participatingUnits", Long.toString(demo.unitId(Demo.CHUXIONG_MILITARY))).param("troops", "楚雄军分区")
			.param("participants", "300").param("links", "https://media.example.org/a\nhttps://media.example.org/b")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.kind.name").value("军营开放"))
			.andExpect(jsonPath("$.participatingUnits[0]").value("楚雄军分区"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));

		mvc.perform(get("/api/v1/activities").param("kind", "OPEN_BARRACKS").param("region", "5323")
			.with(demo.as("yunnan"))).andExpect(status().isOk()).andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/activities/{id}", id).with(demo.as("lufeng"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/activities/figures").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == '军营开放' && @.month == '2020-09')].participants", hasItem(300)));
		mvc.perform(get("/activities").with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("国庆前夕军营开放日")));
	}

	@Test
	void refusesAnActivityWithoutKindWithABadDateOrAheadOfTodayChangingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from activities.activity").query(Long.class).single();
		mvc.perform(post("/api/v1/activities").param("title", "慰问").param("heldOn", "2020-02-30").param("place", "")
			.param("participants", "多人").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("活动类型")))
			.andExpect(jsonPath("$.detail").value(containsString("活动日期")))
			.andExpect(jsonPath("$.detail").value(containsString("活动地点")))
			.andExpect(jsonPath("$.detail").value(containsString("参加人数")));
		mvc.perform(post("/api/v1/activities").param("kind", "VISIT").param("title", "慰问").param("heldOn", "2020-12-01")
			.param("place", "楚雄").param("participants", "10").with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不能晚于今天")));
		mvc.perform(post("/api/v1/activities").param("kind", "VISIT").param("title", "慰问").param("heldOn", "2020-08-01")
			.param("place", "楚雄").param("participants", "10").param("participatingUnits", "999999999")
			.with(csrf()).with(demo.as("chuxiong")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("参加单位")));
		assertThat(jdbc.sql("select count(*) from activities.activity").query(Long.class).single()).isEqualTo(before);
	}
}

package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.placement.scoring.ScoreClaim;
import cn.shuangyong.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A placement round over the facade and the API: the demo round of 楚雄州 stopped halfway, the refusals of the live
 * choice with their Chinese reasons, who may act, bad input while preparing, the last place under concurrent
 * operators, and an absent soldier called again at the end. The demo round itself is only read here (other tests
 * in the same context meet it as seeded); rounds that change are 禄丰's own.
 */
@PlatformTest
class PlacementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	Placements placements;

	@Autowired
	LiveChoice choice;

	@Autowired
	RoundQueries queries;

	@Autowired
	cn.shuangyong.TestClock clock;

	@Test
	void theDemoRoundOfChuxiongStandsHalfwayWithTheNextRankCalled() throws Exception {
		call("chuxiong", get("/api/v1/placement/rounds").param("region", "5323").param("year", "2020"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].kindLabel").value("退役士兵"))
			.andExpect(jsonPath("$.content[0].soldiers").value(40)).andExpect(jsonPath("$.content[0].posts").value(45));
		long round = demoRound();
		int k = DemoPlacementRound.CHOSEN;
		call("chuxiong", get("/api/v1/placement/rounds/{id}", round)).andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value("5323")).andExpect(jsonPath("$.year").value(2020))
			.andExpect(jsonPath("$.method").value("2018年暂行办法")).andExpect(jsonPath("$.stage").value("CHOOSING"))
			.andExpect(jsonPath("$.soldiers.length()").value(40)).andExpect(jsonPath("$.posts.length()").value(45))
			.andExpect(jsonPath("$.soldiers[0].rank").value(1)).andExpect(jsonPath("$.soldiers[0].score").value(nullValue()))
			.andExpect(jsonPath("$.soldiers[1].score").value(nullValue()))
			.andExpect(jsonPath("$.soldiers[2].score").isNumber())
			.andExpect(jsonPath("$.soldiers[*].name").value(everyItem(containsString("*"))))
			.andExpect(jsonPath("$.soldiers[" + (k - 1) + "].postId").isNumber())
			.andExpect(jsonPath("$.soldiers[" + k + "].postId").value(nullValue()))
			.andExpect(jsonPath("$.soldiers[0].eligibility").value("《退役士兵安置条例》第二十九条第二项"))
			.andExpect(jsonPath("$.calledSoldierId").value(soldierOfRank(round, k + 1)))
			.andExpect(jsonPath("$.posts[0].placesTotal").isNumber()).andExpect(jsonPath("$.posts[0].unit").isString());
		assertThat(jdbc.sql("select count(*) from placement.action where round_id = ? and kind <> 'CHOSE' and kind <> 'STARTED'")
			.param(round).query(Long.class).single()).isZero();
		call("lufeng", get("/api/v1/placement/rounds/{id}", round)).andExpect(status().isNotFound());
		call("lufeng", get("/api/v1/placement/rounds").param("region", "5323")).andExpect(status().isNotFound());
		call("junfenqu", get("/api/v1/placement/rounds/{id}", round)).andExpect(status().isOk());
	}

	@Test
	void refusesAChoiceOutOfTurnOfAFullPostOrASecondOneWithAChineseReasonAndChangesNothing() throws Exception {
		long round = demoRound();
		int k = DemoPlacementRound.CHOSEN;
		long next = soldierOfRank(round, k + 1);
		long full = jdbc.sql("select id from placement.post where round_id = ? and places_left = 0 order by id limit 1")
			.param(round).query(Long.class).single();
		long open = jdbc.sql("select id from placement.post where round_id = ? and places_left > 0 order by id limit 1")
			.param(round).query(Long.class).single();
		int turn = turn(round);
		choose("chuxiong", round, soldierOfRank(round, k + 2), open).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("未轮到")));
		choose("chuxiong", round, soldierOfRank(round, 1), open).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已经选定岗位")));
		choose("chuxiong", round, next, full).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已无空余名额")));
		choose("yunnan", round, next, open).andExpect(status().isForbidden());
		choose("junfenqu", round, next, open).andExpect(status().isForbidden());
		choose("lufeng", round, next, open).andExpect(status().isNotFound());
		call("chuxiong", post("/api/v1/placement/rounds/{id}/choices", round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"postId\":" + open + "}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("soldierId")));
		assertThat(turn(round)).isEqualTo(turn);
		assertThat(jdbc.sql("select places_left from placement.post where id = ?").param(full).query(Integer.class)
			.single()).isZero();
		call("chuxiong", post("/api/v1/placement/rounds").contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2020,\"kind\":\"SOLDIERS\"}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已经建立")));
	}

	@Test
	void preparingARoundRefusesBadInputWithAChineseMessage() throws Exception {
		long round = id(call("lufeng", post("/api/v1/placement/rounds").contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2022,\"kind\":\"SOLDIERS\"}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("PREPARING")));
		call("lufeng", post("/api/v1/placement/rounds/{id}/posts", round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"禄丰市供水公司\",\"unitKind\":\"STATE_ENTERPRISE\",\"title\":\"巡检岗\",\"location\":\"禄丰市\",\"places\":0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("名额应至少为1")));
		call("lufeng", post("/api/v1/placement/rounds/{id}/soldiers", round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"测试兵\",\"born\":\"1990-01-01\",\"enlisted\":\"2008-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"FIRST_LEVEL_COMMENDATION\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("不符合安排工作条件")));
		long soldier = id(call("lufeng", post("/api/v1/placement/rounds/{id}/soldiers", round)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"测试兵\",\"born\":\"1990-01-01\",\"enlisted\":\"2008-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"SERVICE_12_YEARS\"}"))
			.andExpect(status().isCreated()));
		call("lufeng", post("/api/v1/placement/soldiers/{id}/score-sheet", soldier).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"item\":\"SERVICE\",\"quantity\":14,\"evidenceFile\":\"退出现役证\",\"evidenceDocNo\":\"\"}]"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("缺少证明材料")));
		call("lufeng", post("/api/v1/placement/rounds/{id}/start", round)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("未排序")));
		call("lufeng", post("/api/v1/placement/soldiers/{id}/score-sheet", soldier).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"item\":\"SERVICE\",\"quantity\":14,\"evidenceFile\":\"退出现役证\",\"evidenceDocNo\":\"退役证字第1号\"}]"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(44));
		long selfEmployed = id(call("lufeng", post("/api/v1/placement/rounds/{id}/soldiers", round)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"自主兵\",\"born\":\"1989-01-01\",\"enlisted\":\"2008-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"SERVICE_12_YEARS\"}"))
			.andExpect(status().isCreated()));
		call("lufeng", post("/api/v1/placement/soldiers/{id}/self-employment", selfEmployed)).andExpect(status().isOk());
		call("lufeng", post("/api/v1/placement/soldiers/{id}/self-employment", selfEmployed))
			.andExpect(status().isConflict());
		call("chuxiong", post("/api/v1/placement/rounds/{id}/ranking", round)).andExpect(status().isForbidden());
		call("lufeng", post("/api/v1/placement/rounds/{id}/ranking", round)).andExpect(status().isOk())
			.andExpect(jsonPath("$.soldiers[0].rank").value(1)).andExpect(jsonPath("$.soldiers[0].score").value(44))
			.andExpect(jsonPath("$.soldiers[1].state").value("SELF_EMPLOYED"))
			.andExpect(jsonPath("$.soldiers[1].rank").value(nullValue()));
		assertThat(jdbc.sql("select count(*) from placement.score_line where soldier_id = ?").param(soldier)
			.query(Long.class).single()).isOne();
	}

	@Test
	void twoOperatorsCannotBothTakeTheLastPlace() throws Exception {
		SignedInUser lufeng = demo.signedIn("lufeng");
		Prepared round = prepared(2019, lufeng, 2, 1, 1);
		long first = round.soldiers().get(0);
		long last = round.posts().get(0);
		int operators = 8;
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(operators);
		List<Future<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < operators; i++) {
			attempts.add(pool.submit((Callable<Boolean>) () -> {
				go.await();
				try {
					choice.choose(round.id(), ChoiceRequest.of(first, last, "纪检监察组", null), lufeng);
					return true;
				}
				catch (ConflictException ex) {
					return false;
				}
			}));
		}
		go.countDown();
		int taken = 0;
		for (Future<Boolean> attempt : attempts) {
			taken += attempt.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(taken).isOne();
		assertThat(jdbc.sql("select places_left from placement.post where id = ?").param(last).query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from placement.action where round_id = ? and kind = 'CHOSE'")
			.param(round.id()).query(Long.class).single()).isOne();
		long second = round.soldiers().get(1);
		assertThatThrownBy(() -> choice.choose(round.id(), ChoiceRequest.of(second, last, null, null), lufeng))
			.isInstanceOf(ConflictException.class).hasMessageContaining("已无空余名额");
		choice.choose(round.id(), ChoiceRequest.of(second, round.posts().get(1), null, null), lufeng);
		RoundView done = queries.round(round.id(), lufeng);
		assertThat(done.stage()).isEqualTo(RoundStage.FINISHED);
		assertThat(done.called()).isNull();
		assertThat(done.placesLeft()).isZero();
	}

	@Test
	void anAbsentSoldierIsCalledAgainAtTheEndAndEveryActionIsRecordedInTurn() throws Exception {
		SignedInUser lufeng = demo.signedIn("lufeng");
		Prepared round = prepared(2021, lufeng, 3, 2, 2);
		long s1 = round.soldiers().get(0);
		long s2 = round.soldiers().get(1);
		long s3 = round.soldiers().get(2);
		placements.registerProxy(s2, "测试家属", lufeng);
		choice.passOver(round.id(), s1, lufeng);
		assertThat(queries.round(round.id(), lufeng).called().id()).isEqualTo(s2);
		assertThatThrownBy(() -> choice.choose(round.id(), ChoiceRequest.of(s2, round.posts().get(0), null, "别人"), lufeng))
			.isInstanceOf(ConflictException.class).hasMessageContaining("委托人不一致");
		choice.choose(round.id(), ChoiceRequest.of(s2, round.posts().get(0), "楚雄州公证处", "测试家属"), lufeng);
		assertThatThrownBy(() -> choice.giveUp(round.id(), s3, " ", lufeng)).hasMessageContaining("理由");
		choice.giveUp(round.id(), s3, "本人已考取公务员", lufeng);
		assertThat(queries.round(round.id(), lufeng).called().id()).isEqualTo(s1);
		choice.choose(round.id(), ChoiceRequest.of(s1, round.posts().get(0), null, null), lufeng);
		RoundView done = queries.round(round.id(), lufeng);
		assertThat(done.stage()).isEqualTo(RoundStage.FINISHED);
		assertThat(done.actions()).extracting(RoundView.ActionLine::kind).containsExactly(ActionKind.STARTED,
				ActionKind.PASSED_OVER, ActionKind.CHOSE, ActionKind.GAVE_UP, ActionKind.CHOSE, ActionKind.FINISHED);
		assertThat(done.actions()).extracting(RoundView.ActionLine::turn).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(done.actions()).allSatisfy(a -> assertThat(a.at()).isNotNull());
		assertThat(done.actions().get(2).proxy()).isEqualTo("测**属");
		assertThat(done.actions().get(3).reason()).isEqualTo("本人已考取公务员");
		assertThat(done.soldiers()).extracting(RoundView.SoldierLine::state).containsExactly(SoldierState.CHOSEN,
				SoldierState.CHOSEN, SoldierState.GAVE_UP);
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type like 'PLACEMENT_%' and object_id = ?")
			.param(String.valueOf(s1)).query(Long.class).single()).isGreaterThanOrEqualTo(3);

		call("lufeng", post("/api/v1/placement/rounds/{id}/results-notice", demoRound())).andExpect(status().isNotFound());
		String opened = call("lufeng", post("/api/v1/placement/rounds/{id}/results-notice", round.id()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.docNumber").value(containsString("禄丰拥办〔")))
			.andExpect(jsonPath("$.running").value(true)).andReturn().getResponse().getContentAsString();
		call("lufeng", post("/api/v1/placement/rounds/{id}/results-notice", round.id())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已经公示")));
		String start = com.jayway.jsonpath.JsonPath.read(opened, "$.start");
		String objection = call("lufeng", post("/api/v1/placement/rounds/{id}/results-notice/objections", round.id())
			.contentType(MediaType.APPLICATION_JSON).content("{\"receivedOn\":\"" + start
					+ "\",\"objector\":\"匿名\",\"channel\":\"电话\",\"content\":\"对第1名的岗位有疑问\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.objections.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		int version = com.jayway.jsonpath.JsonPath.read(objection, "$.version");
		call("lufeng", post("/api/v1/placement/rounds/{id}/results-notice/close", round.id()).param("version",
				String.valueOf(version))).andExpect(status().isConflict());
		call("chuxiong", get("/api/v1/placement/rounds/{id}/results-notice", round.id())).andExpect(status().isOk());
		call("zhan", get("/api/v1/placement/rounds/{id}/results-notice", round.id())).andExpect(status().isNotFound());
	}

	@Test
	void theOverviewTheOperatorsScreenAndTheWallShowTheRoundInChinese() throws Exception {
		long demoRound = demoRound();
		long called = soldierOfRank(demoRound, DemoPlacementRound.CHOSEN + 1);
		page("chuxiong", get("/placement").param("year", "2020")).andExpect(status().isOk())
			.andExpect(content().string(containsString("楚雄彝族自治州"))).andExpect(content().string(containsString("选岗中")));
		page("chuxiong", get("/placement/rounds/{id}", demoRound)).andExpect(status().isOk())
			.andExpect(content().string(containsString("《退役士兵安置条例》第二十九条")))
			.andExpect(content().string(containsString("演示")));
		page("chuxiong", get("/placement/rounds/{id}/operator", demoRound)).andExpect(status().isOk())
			.andExpect(content().string(containsString("第 " + (DemoPlacementRound.CHOSEN + 1) + " 名")))
			.andExpect(content().string(containsString("name=\"soldierId\" value=\"" + called + "\"")));
		page("junfenqu", get("/placement/rounds/{id}/operator", demoRound)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"choose\""))));
		page("chuxiong", get("/placement/rounds/{id}/wall/live", demoRound)).andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("第 1 名")));
		page("lufeng", get("/placement/rounds/{id}/wall", demoRound)).andExpect(status().isNotFound());
		page("admin", get("/placement")).andExpect(status().isForbidden());

		SignedInUser lufeng = demo.signedIn("lufeng");
		Prepared round = prepared(2020, lufeng, 2, 1, 1);
		page("lufeng", post("/placement/rounds/{id}/choices", round.id()).with(csrf())
			.param("soldierId", String.valueOf(round.soldiers().get(1))).param("postId", String.valueOf(round.posts().get(0))))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(containsString("未轮到"))));
		page("lufeng", post("/placement/rounds/{id}/choices", round.id()).with(csrf())
			.param("soldierId", String.valueOf(round.soldiers().get(0))).param("postId", String.valueOf(round.posts().get(0)))
			.param("witness", "纪检监察组")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "placement.chosen"));
		page("lufeng", get("/placement/rounds/{id}/wall/live", round.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("禄丰市测试单位0 岗位0")));

		long placed = round.soldiers().get(0);
		page("lufeng", get("/api/v1/placement/soldiers/{id}/introduction.docx", round.soldiers().get(1)))
			.andExpect(status().isConflict());
		page("lingdao", get("/api/v1/placement/soldiers/{id}/introduction.docx", placed)).andExpect(status().isForbidden());
		byte[] letter = page("lufeng", get("/api/v1/placement/soldiers/{id}/introduction.docx", placed))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = docxText(letter);
		assertThat(text).contains("禄丰拥安〔2020〕1号", "介绍信", "测试士兵0", "岗位0", "1个月内");
		page("lufeng", get("/api/v1/placement/soldiers/{id}/introduction.docx", placed)).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select t.title || '|' || t.deadline || '|' || u.catalogue_key from supervision.task t
				join directory.unit u on u.id = t.lead_unit_id where t.source_kind = 'PLACEMENT' and t.source_id = ?""")
			.param(round.id()).query(String.class).list()).as("one task, on the first download only")
			.singleElement().asString().contains("督促禄丰市测试单位0于2020-10-30前安排退役士兵测***0上岗")
			.contains("禄丰拥安〔2020〕1号").endsWith("|2020-10-30|office:532302");
		assertThat(jdbc.sql("select introduction_number from placement.soldier where id = ?").param(placed)
			.query(String.class).single()).isEqualTo("禄丰拥安〔2020〕1号");
		assertThat(jdbc.sql("select count(*) from audit.audit_event where event_type = 'PLACEMENT_INTRODUCTION_EXPORTED' "
				+ "and object_id = ?").param(String.valueOf(placed)).query(Long.class).single()).isEqualTo(2);
	}

	private static String docxText(byte[] docx) throws Exception {
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	@Test
	void theScoresArePublishedBeforeTheChoiceAndAScoreChangedAfterAnObjectionShowsBothValues() throws Exception {
		SignedInUser chuxiong = demo.signedIn("chuxiong");
		Prepared round = ranked(2021, chuxiong, 2, 1, 1);
		long second = round.soldiers().get(1);
		String notice = "/api/v1/placement/rounds/{id}/scores-notice";
		call("chuxiong", post(notice, round.id()).contentType(MediaType.APPLICATION_JSON).content("{\"workingDays\":0}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("workingDays")));
		String opened = call("chuxiong", post(notice, round.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"workingDays\":3}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.docNumber").value(containsString("楚拥办〔"))).andExpect(jsonPath("$.workingDays").value(3))
			.andExpect(jsonPath("$.lines.length()").value(2)).andExpect(jsonPath("$.lines[0].rank").value(1))
			.andExpect(jsonPath("$.lines[1].score").value(39)).andExpect(jsonPath("$.lines[*].name").value(everyItem(containsString("*"))))
			.andReturn().getResponse().getContentAsString();
		call("chuxiong", post(notice, round.id())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("正在公示")));
		assertThatThrownBy(() -> placements.start(round.id(), chuxiong)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("公示结束后才能开始选岗");
		call("chuxiong", post("/api/v1/placement/soldiers/{id}/score-sheet", second).contentType(MediaType.APPLICATION_JSON)
			.content("[{\"item\":\"PEACE_COMMENDATION\",\"quantity\":90,\"evidenceFile\":\"嘉奖令\",\"evidenceDocNo\":\"嘉字第9号\"}]"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("须写明理由")));
		call("lufeng", get(notice, round.id())).andExpect(status().isNotFound());
		call("junfenqu", get(notice, round.id())).andExpect(status().isOk());

		String start = com.jayway.jsonpath.JsonPath.read(opened, "$.start");
		call("junfenqu", post(notice + "/objections", round.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"" + start + "\",\"objector\":\"匿名\",\"channel\":\"电话\",\"content\":\"漏计嘉奖\"}"))
			.andExpect(status().isForbidden());
		String objected = call("chuxiong", post(notice + "/objections", round.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"" + start + "\",\"objector\":\"匿名\",\"channel\":\"电话\",\"content\":\"第2名漏计嘉奖\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.objections.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		String correction = "/api/v1/placement/soldiers/{id}/score-corrections";
		String lines = "[{\"item\":\"PEACE_COMMENDATION\",\"quantity\":90,\"evidenceFile\":\"嘉奖令\",\"evidenceDocNo\":\"嘉字第9号\"}]";
		call("chuxiong", post(correction, second).contentType(MediaType.APPLICATION_JSON).content("{\"lines\":" + lines + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("reason")));
		call("chuxiong", post(correction, second).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"异议成立：漏计嘉奖10次\",\"lines\":" + lines + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(45));
		call("chuxiong", get(notice, round.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[1].score").value(39)).andExpect(jsonPath("$.changes.length()").value(1))
			.andExpect(jsonPath("$.changes[0].oldScore").value(39)).andExpect(jsonPath("$.changes[0].newScore").value(45))
			.andExpect(jsonPath("$.changes[0].reason").value("异议成立：漏计嘉奖10次"))
			.andExpect(jsonPath("$.changes[0].name").value(containsString("*")));
		assertThat(queries.round(round.id(), chuxiong).soldiers()).allSatisfy(s -> assertThat(s.rank()).isNull());
		page("chuxiong", get("/placement/rounds/{id}", round.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"score-changes\"")))
			.andExpect(content().string(containsString("异议成立：漏计嘉奖10次")));

		long objection = Long.parseLong(com.jayway.jsonpath.JsonPath.read(objected, "$.objections[0].id").toString());
		String answered = call("chuxiong", post(notice + "/objections/{oid}/answer", round.id(), objection)
			.contentType(MediaType.APPLICATION_JSON).content("{\"upheld\":true,\"reason\":\"核查属实\",\"reply\":\"已更正评分\"}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int version = com.jayway.jsonpath.JsonPath.read(answered, "$.version");
		call("chuxiong", post(notice + "/close", round.id()).param("version", String.valueOf(version)))
			.andExpect(status().isConflict());
		clock.advance(java.time.Duration.ofDays(20));
		try {
			call("chuxiong", post(notice + "/close", round.id()).param("version", String.valueOf(version)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.running").value(false));
			assertThatThrownBy(() -> placements.start(round.id(), chuxiong)).hasMessageContaining("重新排序");
			placements.rank(round.id(), chuxiong);
			placements.start(round.id(), chuxiong);
			assertThat(queries.round(round.id(), chuxiong).called().id()).as("the corrected score ranks first")
				.isEqualTo(second);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aSoldierMayTakeOnlyAPostWhoseRequirementsTheyMeetAndTheOperatorsScreenSaysWhy() throws Exception {
		SignedInUser chuxiong = demo.signedIn("chuxiong");
		long round = placements.open(2022, RoundKind.SOLDIERS, null, chuxiong);
		String soldiers = "/api/v1/placement/rounds/{id}/soldiers";
		call("chuxiong", post(soldiers, round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"高中兵\",\"born\":\"1988-01-01\",\"enlisted\":\"2008-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"SERVICE_12_YEARS\",\"education\":\"HIGH\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("education")));
		long high = id(call("chuxiong", post(soldiers, round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"高中兵\",\"born\":\"1988-01-01\",\"enlisted\":\"2008-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"SERVICE_12_YEARS\",\"education\":\"SENIOR_HIGH\",\"sex\":\"MALE\"}"))
			.andExpect(status().isCreated()));
		long college = id(call("chuxiong", post(soldiers, round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"本科兵\",\"born\":\"1989-01-01\",\"enlisted\":\"2009-03-01\",\"discharged\":\"2022-03-01\","
					+ "\"ground\":\"SERVICE_12_YEARS\",\"education\":\"BACHELOR\",\"sex\":\"FEMALE\"}"))
			.andExpect(status().isCreated()));
		String posts = "/api/v1/placement/rounds/{id}/posts";
		String post = "{\"unit\":\"楚雄州测试中心\",\"unitKind\":\"PUBLIC_INSTITUTION\",\"location\":\"楚雄市\",\"places\":1,";
		call("chuxiong", post(posts, round).contentType(MediaType.APPLICATION_JSON)
			.content(post + "\"title\":\"研究岗\",\"minEducation\":\"POSTGRADUATE\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("没有一名士兵符合")));
		call("chuxiong", post(posts, round).contentType(MediaType.APPLICATION_JSON)
			.content(post + "\"title\":\"巡护岗\",\"sex\":\"MALE\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("sexBasis")));
		long graduates = id(call("chuxiong", post(posts, round).contentType(MediaType.APPLICATION_JSON)
			.content(post + "\"title\":\"文秘岗\",\"minEducation\":\"JUNIOR_COLLEGE\",\"maxAge\":35}"))
			.andExpect(status().isCreated()));
		long open = id(call("chuxiong", post(posts, round).contentType(MediaType.APPLICATION_JSON)
			.content(post + "\"title\":\"综合岗\"}")).andExpect(status().isCreated()));
		placements.score(high, List.of(ScoreClaim.of("PEACE_COMMENDATION", BigDecimal.valueOf(80), "嘉奖令", "嘉字第1号")),
				chuxiong);
		placements.score(college, List.of(ScoreClaim.of("PEACE_COMMENDATION", BigDecimal.valueOf(60), "嘉奖令", "嘉字第2号")),
				chuxiong);
		placements.rank(round, chuxiong);
		placements.start(round, chuxiong);

		call("chuxiong", get("/api/v1/placement/rounds/{id}", round)).andExpect(status().isOk())
			.andExpect(jsonPath("$.calledSoldierId").value(high))
			.andExpect(jsonPath("$.posts[0].requirements").value("大专及以上学历；年龄不超过35周岁"))
			.andExpect(jsonPath("$.posts[0].closedToCalled").value(containsString("该士兵为高中")))
			.andExpect(jsonPath("$.posts[1].closedToCalled").value(nullValue()));
		page("chuxiong", get("/placement/rounds/{id}/operator", round)).andExpect(status().isOk())
			.andExpect(content().string(containsString("当前叫号人员不能选：岗位要求大专及以上学历")));
		int turn = turn(round);
		choose("chuxiong", round, high, graduates).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("不能由该士兵选择：岗位要求大专及以上学历")));
		assertThat(turn(round)).isEqualTo(turn);
		choose("chuxiong", round, high, open).andExpect(status().isCreated());
		choose("chuxiong", round, college, graduates).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("FINISHED"));
	}

	/** A round of 禄丰 with its soldiers scored 40, 39, … and ranked in that order, posts of the given places, started. */
	private Prepared prepared(int year, SignedInUser by, int soldiers, int... places) {
		Prepared round = ranked(year, by, soldiers, places);
		placements.start(round.id(), by);
		return round;
	}

	/** A round of the user's office with its soldiers scored 40, 39, … and ranked in that order, not started. */
	private Prepared ranked(int year, SignedInUser by, int soldiers, int... places) {
		long round = placements.open(year, RoundKind.SOLDIERS, null, by);
		List<Long> posts = new ArrayList<>();
		for (int i = 0; i < places.length; i++) {
			posts.add(placements.addPost(round, NewPost.of("禄丰市测试单位" + i, "PUBLIC_INSTITUTION", "岗位" + i, "禄丰市",
					null, places[i]), by));
		}
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < soldiers; i++) {
			long id = placements.handOver(round, NewSoldier.of("测试士兵" + i, LocalDate.of(1988, 1, 1),
					LocalDate.of(2006, 3, 1), LocalDate.of(year, 3, 1), "SERVICE_12_YEARS", null, false), by);
			placements.score(id, List.of(ScoreClaim.of("PEACE_COMMENDATION", BigDecimal.valueOf(80 - 2L * i), "嘉奖令",
					"嘉字第" + i + "号")), by);
			ids.add(id);
		}
		placements.rank(round, by);
		return new Prepared(round, ids, posts);
	}

	record Prepared(long id, List<Long> soldiers, List<Long> posts) {
	}

	@Test
	void theWallOpensByItsPublicLinkWithoutSigningInAndShowsMaskedNamesOnly() throws Exception {
		long round = demoRound();
		String key = jdbc.sql("select wall_key::text from placement.round where id = ?").param(round).query(String.class)
			.single();
		String link = "/placement/wall/" + key;
		page("chuxiong", get("/placement/rounds/{id}/operator", round)).andExpect(status().isOk())
			.andExpect(content().string(containsString(link)));
		page("junfenqu", get("/placement/rounds/{id}/operator", round)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(key))));

		String first = jdbc.sql("select name from placement.soldier where round_id = ? and rank = 1").param(round)
			.query(String.class).single();
		String page = mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + link + "/live\"")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("第 " + (DemoPlacementRound.CHOSEN + 1) + " 名", new SoldierName(first).masked())
			.doesNotContain(first);
		mvc.perform(get(link + "/live")).andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 名")));
		mvc.perform(get("/placement/wall/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/placement/wall/not-a-key/live")).andExpect(status().isNotFound());
		mvc.perform(get("/placement/rounds/{id}/wall", round)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/placement/rounds/{id}/operator", round)).andExpect(status().is3xxRedirection());
	}

	private long demoRound() {
		return jdbc.sql("select id from placement.round where region_code = '5323' and year = 2020 and kind = 'SOLDIERS'")
			.query(Long.class).single();
	}

	private long soldierOfRank(long round, int rank) {
		return jdbc.sql("select id from placement.soldier where round_id = ? and rank = ?").params(round, rank)
			.query(Long.class).single();
	}

	private int turn(long round) {
		return jdbc.sql("select turn from placement.round where id = ?").param(round).query(Integer.class).single();
	}

	private ResultActions choose(String user, long round, long soldier, long post) throws Exception {
		return call(user, post("/api/v1/placement/rounds/{id}/choices", round).contentType(MediaType.APPLICATION_JSON)
			.content("{\"soldierId\":" + soldier + ",\"postId\":" + post + ",\"witness\":\"纪检监察组\"}"));
	}

	private long id(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return Long.parseLong(com.jayway.jsonpath.JsonPath.read(body, "$.id").toString());
	}

	private ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(demo.as(user)));
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, Demo.PASSWORD)));
	}
}

package cn.shuangyong.modelcity;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.PublicNoticeClosed;
import cn.shuangyong.documents.publicnotice.PublicNotices;
import cn.shuangyong.shared.ConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The campaign's rules over the API, each against the real database: the order of the stages, the 公示 objections,
 * the veto, the withdrawal, and who sees and does what (404 outside the scope, 403 inside it).
 */
@PlatformTest
@RecordApplicationEvents
class CampaignRulesTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	cn.shuangyong.Demo demo;

	CampaignMother mother;

	@BeforeEach
	void mother() {
		mother = CampaignMother.of(context);
	}

	@Test
	void cannotReviewBeforeSelfAssessment() throws Exception {
		long id = mother.selfAssessing("532322");
		long indicator = firstIndicator(id);
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/review", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":[{\"indicatorId\":" + indicator + ",\"score\":1,\"comment\":\"好\"}]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("双柏县当前处于“自评”阶段，不能录入审核评分：须先由双柏县提交自评"));
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\":\"2020-09-21\",\"end\":\"2020-09-29\"" + seen(id) + "}")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(review_score) from modelcity.indicator_score where campaign_id = :c")
			.param("c", id).query(Long.class).single()).isZero();
		assertThat(mother.stage(id)).isEqualTo(CampaignStage.SELF_ASSESSMENT);
	}

	@Test
	void selfAssessmentIsSubmittedOnlyWithEveryIndicatorScoredAndEvidenced() throws Exception {
		long id = mother.selfAssessing("532323");
		long indicator = firstIndicator(id);
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/self-assessment/submit", id))
			.andExpect(status().isForbidden());
		call("lufeng", post("/api/v1/model-city/campaigns/{id}/self-assessment/submit", id))
			.andExpect(status().isNotFound());
		var county = mother.office("532323");
		int saved = context.getBean(SelfAssessment.class).save(id, mother.seen(id),
				java.util.List.of(new ScoreInput(indicator, "1.5", "有材料")), county);
		var problem = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.InvalidInputException.class,
				() -> context.getBean(SelfAssessment.class).submit(id, saved, county));
		assertThat(problem.problems()).noneMatch(p -> p.startsWith("指标 1.1“")).anyMatch(p -> p.startsWith("指标 1.2“"));
		var tooHigh = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.InvalidInputException.class,
				() -> context.getBean(SelfAssessment.class).save(id, saved, java.util.List.of(new ScoreInput(indicator, "2.5", null)), county));
		assertThat(tooHigh.problems()).containsExactly("指标 1.1 的自评得分须在 0 至 2 之间，填写的是 2.5");
		assertThat(jdbc.sql("select self_score from modelcity.indicator_score where campaign_id = :c and node_id = :n")
			.param("c", id).param("n", indicator).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1.5");
	}

	@Test
	void cannotCloseNoticeWithUnansweredObjection() throws Exception {
		long id = mother.inNotice("532325", java.time.LocalDate.of(2020, 9, 21), java.time.LocalDate.of(2020, 9, 29));
		PublicNotices notices = context.getBean(PublicNotices.class);
		var opened = notices.latestOf("modelcity", id).orElseThrow();
		assertThat(opened.period().workingDays()).as("Sunday 2020-09-27 was a working day (国庆调休)").isEqualTo(8);
		assertThat(opened.docNumber()).matches("楚拥办〔2020〕\\d+号");
		assertThat(jdbc.sql("select title from documents.document where doc_number = :n").param("n", opened.docNumber())
			.query(String.class).single()).isEqualTo("关于姚安县2020年度双拥模范城（县）考评结果的公示");
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/objections", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2020-09-20\",\"objector\":\"匿名\",\"channel\":\"来信\",\"content\":\"x\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不在公示期")));
		String created = call("chuxiong", post("/api/v1/model-city/campaigns/{id}/objections", id)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"receivedOn\":\"2020-09-25\",\"objector\":\"李某\",\"channel\":\"来电\",\"content\":\"反映慰问不到位\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long objection = Long.parseLong(created.replaceAll("\\D", ""));
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice/close", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommend\":true" + seen(id) + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("还有 1 条异议未答复（异议 " + objection + "（2020-09-25 收到）），答复后才能结束公示"));
		assertThat(mother.stage(id)).isEqualTo(CampaignStage.PUBLIC_NOTICE);
		call("lufeng", post("/api/v1/model-city/campaigns/{id}/objections/{o}/answer", id, objection)
			.contentType(MediaType.APPLICATION_JSON).content("{\"handling\":\"已核查\",\"answer\":\"已答复\"}"))
			.andExpect(status().isNotFound());
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/objections/{o}/answer", id, objection)
			.contentType(MediaType.APPLICATION_JSON).content("{\"handling\":\"\",\"answer\":\"已答复\"}"))
			.andExpect(status().isBadRequest());
		String beforeTheAnswer = seen(id);
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/objections/{o}/answer", id, objection)
			.contentType(MediaType.APPLICATION_JSON).content("{\"handling\":\"经核查，慰问名单齐全\",\"answer\":\"已电话答复来电人\"}"))
			.andExpect(status().isOk());
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice/close", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommend\":true" + beforeTheAnswer + "}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已被他人修改")));
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice/close", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommend\":true}")).andExpect(status().isBadRequest());
		assertThat(mother.stage(id)).as("a close on a stale view changes nothing").isEqualTo(CampaignStage.PUBLIC_NOTICE);
		assertThatThrownBy(() -> notices.close(opened.id(), opened.version(), NoticeOutcome.CONFIRMED, null,
				mother.office("5323")))
			.as("closing on what was seen before the objection came in").isInstanceOf(ConflictException.class)
			.hasMessageContaining("您看到的是第 0 版");
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice/close", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recommend\":true" + seen(id) + "}")).andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("RECOMMENDED"));
		assertThat(jdbc.sql("select answered_by || ' ' || upheld from documents.objection where id = :o")
			.param("o", objection).query(String.class).single()).isEqualTo("chuxiong false");
		assertThat(events.stream(PublicNoticeClosed.class))
			.containsExactly(new PublicNoticeClosed(opened.id(), "modelcity", id, NoticeOutcome.CONFIRMED, null, 0,
					context.getBean(cn.shuangyong.shared.BusinessClock.class).today()));
	}

	@Test
	void vetoExcludesFromRanking() throws Exception {
		long vetoed = mother.reviewed("532327", 1.0);
		long ranked = mother.reviewed("532328", 0.6);
		long veto = jdbc.sql("select v.id from modelcity.veto_item v join modelcity.campaign c on c.standard_id = v.standard_id where c.id = :c order by v.position limit 1")
			.param("c", vetoed).query(Long.class).single();
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/vetoes", vetoed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"vetoItemId\":" + veto + ",\"grounds\":\"\"" + seen(vetoed) + "}")).andExpect(status().isBadRequest());
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/vetoes", vetoed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"vetoItemId\":" + veto + ",\"grounds\":\"2020年6月发生严重损害军民关系事件（测试）\"" + seen(vetoed) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.vetoed").value(true));
		call("chuxiong", get("/api/v1/model-city/ranking").param("year", "2020"))
			.andExpect(jsonPath("$.ranked[?(@.candidate.id == " + vetoed + ")]").isEmpty())
			.andExpect(jsonPath("$.excludedByVeto[?(@.id == " + vetoed + ")]").isNotEmpty())
			.andExpect(jsonPath("$.ranked[?(@.candidate.id == " + ranked + ")]").isNotEmpty());
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice", vetoed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\":\"2020-09-21\",\"end\":\"2020-09-29\"" + seen(vetoed) + "}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("永仁县已触发一票否决项，不能进入公示"));
	}

	@Test
	void withdrawTitleNeedsGrounds() throws Exception {
		long id = mother.recommended("532329");
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/naming", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"docNumber\":\"云双拥〔2020〕5号\",\"date\":\"2020-09-28\"}")).andExpect(status().isForbidden());
		call("yunnan", post("/api/v1/model-city/campaigns/{id}/naming", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"docNumber\":\"云双拥〔2020〕5号\",\"date\":\"2020-09-28\"" + seen(id) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("NAMED"))
			.andExpect(jsonPath("$.namingDocNumber").value("云双拥〔2020〕5号"));
		call("yunnan", post("/api/v1/model-city/campaigns/{id}/withdrawal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"grounds\":\"  \",\"date\":\"2020-09-30\"" + seen(id) + "}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("撤销命名须写明依据和理由"));
		assertThat(mother.stage(id)).isEqualTo(CampaignStage.NAMED);
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/withdrawal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"grounds\":\"复查不合格\",\"date\":\"2020-09-30\"}")).andExpect(status().isForbidden());
		call("yunnan", post("/api/v1/model-city/campaigns/{id}/withdrawal", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"grounds\":\"年度复查发现严重损害军政军民关系的事件\",\"date\":\"2020-09-30\"" + seen(id) + "}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("WITHDRAWN"));
	}

	@Test
	void aYearlyCheckIsRecordedOnceEvenWhenTwoArriveAtOnce() throws Exception {
		long id = mother.recommended("532924");
		var province = mother.office("53");
		Naming naming = context.getBean(Naming.class);
		naming.name(id, mother.seen(id), "云双拥〔2020〕7号", java.time.LocalDate.of(2020, 9, 28), province);
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (String notes : java.util.List.of("第一位复查人", "第二位复查人")) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						naming.recordCheck(id, 2020, true, notes, province);
						return "recorded";
					}
					catch (cn.shuangyong.shared.ConflictException e) {
						return e.getMessage();
					}
				}));
			}
			start.countDown();
			var answers = new java.util.ArrayList<String>();
			for (var outcome : outcomes) {
				answers.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(answers).containsExactlyInAnyOrder("recorded", "2020 年度的复查已经登记");
		}
		finally {
			pool.shutdownNow();
		}
		call("yunnan", post("/api/v1/model-city/campaigns/{id}/checks", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2020,\"passed\":true,\"notes\":\"再次登记\"}")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("2020 年度的复查已经登记"));
		assertThat(jdbc.sql("select count(*) from modelcity.yearly_check where campaign_id = :c").param("c", id)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aCountySeesItsOwnCampaignThePrefectureItsCountiesTheProvinceAll() throws Exception {
		long lufeng = campaignOf("532302");
		long chuxiongCity = campaignOf("532301");
		call("lufeng", get("/api/v1/model-city/campaigns")).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].candidateRegion.name").value("禄丰市"));
		call("lufeng", get("/api/v1/model-city/campaigns/{id}", chuxiongCity)).andExpect(status().isNotFound());
		mvc.perform(get("/model-city/campaigns/{id}", chuxiongCity).with(demo.as("lufeng"))).andExpect(status().isNotFound());
		call("lufeng", post("/api/v1/model-city/campaigns/{id}/review", chuxiongCity).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":[{\"indicatorId\":1,\"score\":1}]}")).andExpect(status().isNotFound());
		call("lufeng", post("/api/v1/model-city/campaigns/{id}/notice", lufeng).contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\":\"2020-09-21\",\"end\":\"2020-09-29\"}")).andExpect(status().isForbidden());
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/self-assessment", lufeng).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":[{\"indicatorId\":1,\"score\":1}]}")).andExpect(status().isForbidden());
		call("junfenqu", get("/api/v1/model-city/campaigns/{id}", lufeng)).andExpect(status().isOk());
		call("junfenqu", post("/api/v1/model-city/campaigns/{id}/review", chuxiongCity).contentType(MediaType.APPLICATION_JSON)
			.content("{\"scores\":[{\"indicatorId\":1,\"score\":1}]}")).andExpect(status().isForbidden());
		call("yunnan", get("/api/v1/model-city/campaigns/{id}", chuxiongCity)).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("UNDER_REVIEW"));
		call("lingdao", post("/api/v1/model-city/campaigns/{id}/naming", campaignOf("532324"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"docNumber\":\"云双拥〔2020〕5号\",\"date\":\"2020-09-28\"}"))
			.andExpect(status().isForbidden());
		call("lufeng", post("/api/v1/model-city/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"532301\",\"year\":2024}")).andExpect(status().isNotFound());
		call("chuxiong", post("/api/v1/model-city/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"532301\",\"year\":2021}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不是命名年度")));
		call("chuxiong", post("/api/v1/model-city/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"532301\",\"year\":2020}")).andExpect(status().isConflict());
	}

	@Test
	void ofTwoSessionsThatSawTheSameVersionTheSecondIsRefusedAndChangesNothing() {
		long id = mother.reviewed("532923", 0.9);
		var prefecture = mother.office("5329");
		Reviewing reviewing = context.getBean(Reviewing.class);
		int seen = mother.seen(id);
		reviewing.score(id, seen, mother.scores(id, 0.8, "第一位审核人"), prefecture);
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.ConflictException.class,
				() -> reviewing.score(id, seen, mother.scores(id, 0.5, "第二位审核人"), prefecture));
		assertThat(refused).hasMessageContaining("已被他人修改").hasMessageContaining("审核");
		assertThat(jdbc.sql("select count(*) from modelcity.indicator_score where campaign_id = :c and review_comment = '第二位审核人'")
			.param("c", id).query(Long.class).single()).isZero();
		var stale = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.ConflictException.class,
				() -> reviewing.openNotice(id, seen, java.time.LocalDate.of(2020, 9, 21), java.time.LocalDate.of(2020, 9, 29),
						prefecture));
		assertThat(stale).hasMessageContaining("已被他人修改");
		assertThat(mother.stage(id)).isEqualTo(CampaignStage.UNDER_REVIEW);
		long veto = jdbc.sql("select v.id from modelcity.veto_item v join modelcity.campaign c on c.standard_id = v.standard_id where c.id = :c order by v.position limit 1")
			.param("c", id).query(Long.class).single();
		var staleVeto = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.ConflictException.class,
				() -> reviewing.findVeto(id, seen, veto, "旧页面上的认定", prefecture));
		assertThat(staleVeto).hasMessageContaining("已被他人修改");
		assertThat(jdbc.sql("select count(*) from modelcity.veto_finding where campaign_id = :c").param("c", id)
			.query(Long.class).single()).isZero();
		var unnamed = org.assertj.core.api.Assertions.catchThrowableOfType(cn.shuangyong.shared.InvalidInputException.class,
				() -> reviewing.openNotice(id, null, java.time.LocalDate.of(2020, 9, 21), java.time.LocalDate.of(2020, 9, 29),
						prefecture));
		assertThat(unnamed).hasMessageContaining("版本号");
	}

	@Test
	void thePageShowsTheVersionItsFormsSendAndAStaleOneIsRefusedByPageAndApi() throws Exception {
		long id = campaignOf("532301");
		int now = mother.seen(id);
		mvc.perform(get("/model-city/campaigns/{id}", id).with(demo.as("chuxiong"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<input type=\"hidden\" name=\"version\" value=\"" + now + "\">")));
		mvc.perform(post("/model-city/campaigns/{id}/notice", id).param("start", "2020-09-21").param("end", "2020-09-29")
			.param("version", Integer.toString(now - 1)).with(csrf()).with(demo.as("chuxiong")))
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.containsString("在您打开后已被他人修改"))));
		call("chuxiong", post("/api/v1/model-city/campaigns/{id}/notice", id).header("If-Match", "\"" + (now - 1) + "\"")
			.contentType(MediaType.APPLICATION_JSON).content("{\"start\":\"2020-09-21\",\"end\":\"2020-09-29\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("在您打开后已被他人修改")));
		call("chuxiong", get("/api/v1/model-city/campaigns/{id}", id)).andExpect(jsonPath("$.version").value(now));
		assertThat(mother.seen(id)).isEqualTo(now);
		assertThat(mother.stage(id)).isEqualTo(CampaignStage.UNDER_REVIEW);
	}

	private String seen(long campaign) {
		return ",\"version\":" + mother.seen(campaign);
	}

	private long campaignOf(String region) {
		return jdbc.sql("select id from modelcity.campaign where region_code = :r and cycle_year = 2020").param("r", region)
			.query(Long.class).single();
	}

	private long firstIndicator(long campaign) {
		return jdbc.sql("""
				select n.id from modelcity.standard_node n join modelcity.campaign c on c.standard_id = n.standard_id
				join modelcity.standard_node a on a.id = n.parent_id
				where c.id = :c and n.kind = 'INDICATOR' order by a.position, n.position limit 1""")
			.param("c", campaign).query(Long.class).single();
	}

	private ResultActions call(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user, "Demo@2020")));
	}
}

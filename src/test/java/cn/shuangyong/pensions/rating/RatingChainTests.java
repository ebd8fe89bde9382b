package cn.shuangyong.pensions.rating;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.TestClock;
import cn.shuangyong.accounts.Role;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.pensions.accounts.PensionAccount;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county (双柏) rates a veteran of its registry: application, acceptance, medical opinion, 公示 with an objection that must
 * be answered first, the county's report, the prefecture's review and the provincial veterans department's approval;
 * the registry then holds the grade and the disability pension follows it from the month after approval. Each step
 * was a task of the unit that acted, signed off as the rating moved on.
 */
@PlatformTest
class RatingChainTests {

	@Autowired
	Ratings ratings;

	@Autowired
	PensionAccounts accounts;

	@Autowired
	Tasks tasks;

	@Autowired
	RatingTaskSource source;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	BusinessClock business;

	@Autowired
	MockMvc mvc;

	@Test
	void aCountyRatesAVeteranThroughNoticeAndTheProvincesApprovalAndTheRegistryAndPensionFollow() throws Exception {
		// 双柏县, which the demo gives no pensions or ratings; the last person with no account, so that the person's
		// accounts are this test's own whatever other tests of the county open
		String countyName = account(Role.OFFICE_STAFF, "office:532322");
		String prefectureName = account(Role.LIAISON, "veterans:5323");
		String provinceName = account(Role.LIAISON, Ratings.PROVINCE_APPROVER);
		String otherCounty = account(Role.OFFICE_STAFF, "office:532323");
		CurrentUser county = demo.signedIn(countyName);
		CurrentUser prefecture = demo.signedIn(prefectureName);
		CurrentUser province = demo.signedIn(provinceName);
		long person = jdbc.sql("""
				select p.id from beneficiaries.person p where p.county_code = '532322' and p.disability_grade is null
				  and not exists (select 1 from pensions.rating r where r.person_id = p.id)
				  and not exists (select 1 from pensions.account a where a.person_id = p.id)
				order by p.id desc limit 1""").query(Long.class).single();
		LocalDate today = business.today();
		RatingApplication application = RatingApplication.of(person, "NEW", "ON_DUTY", false,
				today.minusYears(1).toString(), null, null, "演习中坠落致左腿骨折", today.minusDays(3).toString());
		assertThatThrownBy(() -> ratings.apply(application, demo.signedIn(otherCounty)))
			.isInstanceOf(NotFoundException.class);
		Rating rating = ratings.apply(application, county);
		long id = rating.id();
		assertThatThrownBy(() -> ratings.apply(application, county)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("不能重复申请");
		assertThat(rating.step()).isEqualTo(RatingStep.APPLIED);
		assertThat(tasks.byId(rating.taskId()).orElseThrow().leadUnits().get(0).id())
			.isEqualTo(demo.unitId("office:532322"));
		assertThatThrownBy(() -> ratings.find(id, demo.signedIn(otherCounty))).isInstanceOf(NotFoundException.class);

		rating = ratings.accept(id, rating.version(), county);
		assertThatThrownBy(() -> ratings.assess(id, 0, new MedicalOpinion(5, "楚雄州人民医院", today, "楚医鉴 1 号"), county))
			.isInstanceOf(ConflictException.class);
		rating = ratings.assess(id, rating.version(), new MedicalOpinion(5, "楚雄州人民医院", today, "楚医鉴〔2020〕1号"),
				county);
		rating = ratings.openNotice(id, rating.version(), county);
		assertThat(rating.step()).isEqualTo(RatingStep.NOTICE);
		long objection = ratings.recordObjection(id, new ObjectionInput(today, "匿名", "电话", "伤情与所述不符"), county);
		var shown = ratings.notice(id, county).orElseThrow();
		int seen = rating.version();
		try {
			clock.advance(Duration.ofDays(30));
			assertThatThrownBy(() -> ratings.closeNotice(id, seen, shown.notice().version(), true, null, county))
				.hasMessageContaining("异议");
			ratings.answer(id, objection, new ObjectionAnswer(false, "调阅病历，伤情属实", "经核查，伤情属实"), county);
			rating = ratings.closeNotice(id, seen, ratings.notice(id, county).orElseThrow().notice().version(), true, null,
					county);
			assertThat(rating.step()).isEqualTo(RatingStep.NOTICED);
			int noticed = rating.version();
			assertThatThrownBy(() -> ratings.review(id, noticed, prefecture)).isInstanceOf(AccessDeniedException.class);
			rating = ratings.report(id, rating.version(), county);
			int reported = rating.version();
			assertThatThrownBy(() -> ratings.approve(id, reported, "云残 0001", province))
				.isInstanceOf(AccessDeniedException.class);
			rating = ratings.review(id, rating.version(), prefecture);
			int reviewed = rating.version();
			assertThatThrownBy(() -> ratings.approve(id, reviewed, " ", province)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("残疾军人证号");
			rating = ratings.approve(id, rating.version(), "云残字 0001 号", province);
			LocalDate approvedOn = business.today();
			assertThat(rating.step()).isEqualTo(RatingStep.APPROVED);
			assertThat(rating.approval().firstMonth()).isEqualTo(YearMonth.from(approvedOn).plusMonths(1));

			// the registry records the grade by the event it owns
			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
				.sql("select disability_grade from beneficiaries.person where id = :id").param("id", person)
				.query(Integer.class).optional().orElse(0) == 5);
			// the disability pension follows the new grade from the month after approval
			PensionAccount account = accounts.ofPerson(person, county).stream()
				.filter(a -> a.entitlement().category() == null).findFirst().orElseThrow();
			assertThat(account.entitlement().label()).isEqualTo("5级因公");
			assertThat(account.firstMonth()).isEqualTo(YearMonth.from(approvedOn).plusMonths(1));
			assertThat(account.basis()).contains("云残字 0001 号");
			// every step's task was signed off by the unit that took it; none is left open
			assertThat(tasks.ofSource(source, id)).hasSize(7)
				.allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.SIGNED_OFF));
			assertThatThrownBy(() -> ratings.refuse(id, 0, "迟了", province)).isInstanceOf(ConflictException.class);

			// the pages: the rating and its form; the person's pension page shows the new account
			mvc.perform(get("/pensions/ratings/" + id).with(demo.as(countyName))).andExpect(status().isOk());
			byte[] form = mvc.perform(get("/pensions/ratings/" + id + "/form.docx").with(demo.as(provinceName)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			assertThat(new String(form, 0, 2)).isEqualTo("PK");
			mvc.perform(get("/pensions/ratings/" + id).with(demo.as(otherCounty))).andExpect(status().isNotFound());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void badInputOnTheFormIsAnsweredInChineseNamingTheField() throws Exception {
		String countyName = account(Role.OFFICE_STAFF, "office:532322");
		mvc.perform(post("/pensions/ratings").param("personId", "abc").param("kind", "NEW").with(csrf())
			.with(demo.as(countyName))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.containsString("优抚对象编号（personId）"))));
		mvc.perform(post("/pensions/ratings").param("personId", "1").param("kind", "NEW").param("nature", "ILLNESS")
			.param("injuredOn", "2020-01-01").param("appliedOn", "2020-09-01").param("circumstances", "病")
			.with(csrf()).with(demo.as(countyName))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problems", org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.containsString("义务兵和初级士官"))));
		mvc.perform(get("/pensions/ratings").with(demo.as(countyName))).andExpect(status().isOk());
		String body = mvc.perform(post("/api/v1/pensions/ratings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"personId\":1,\"kind\":\"RENEW\",\"nature\":\"ON_DUTY\"}").with(csrf()).with(demo.as(countyName)))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("评残类别").contains("负伤（确诊）日期");
	}

	@Test
	void theDemoHasRatingsOfLufengAtSeveralSteps() throws Exception {
		mvc.perform(get("/api/v1/pensions/ratings").with(demo.as("lufeng"))).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].step", org.hamcrest.Matchers.hasItems("APPLIED", "NOTICE", "REPORTED", "APPROVED")));
		mvc.perform(get("/api/v1/pensions/ratings").with(demo.as("xuanchuan"))).andExpect(status().isForbidden());
	}

	private String account(Role role, String unit) {
		String name = demo.newAccount(role, unit);
		jdbc.sql("update accounts.account set must_change_password = false where id = :id")
			.param("id", demo.accountId(name)).update();
		return name;
	}
}

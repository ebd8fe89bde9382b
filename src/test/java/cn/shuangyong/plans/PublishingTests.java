package cn.shuangyong.plans;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploading, reviewing and publishing notices, on a database without the demo plan. */
@PlatformTest
@TestPropertySource(properties = "shuangyong.demo.skip=plan")
class PublishingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanDrafts drafts;

	@Autowired
	PlanPublisher publisher;

	@Autowired
	DirectoryAdministration directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	cn.shuangyong.Demo demo;

	private final CurrentUser province = new SystemActor("yunnan-test", 1, "53",
			Set.of(Permission.PLANS_PUBLISH, Permission.DIRECTORY_EDIT, Permission.WORK_EDIT, Permission.WORK_READ));

	@Test
	void publishesTheSeedOnceMappingItsUnknownPhraseFirstAndDuplicatesNothingTheSecondTime() throws Exception {
		// the demo model-city round's 公示 announcements are in the register already
		long documents = count("documents.document");
		mvc.perform(multipart("/api/v1/plans/import").file(seedFile()).with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.items").value(32))
			.andExpect(jsonPath("$.unknownPhrases[0]").value("州(市)"))
			.andExpect(jsonPath("$.version").value(0));
		long draft = latestDraft();
		mvc.perform(post("/api/v1/plans/drafts/{id}/publish", draft).with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("缺少草稿的版本号（version）：请刷新页面后再发布"));
		mvc.perform(post("/api/v1/plans/drafts/{id}/publish", draft).header("If-Match", "\"0\"")
			.with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("州(市)")));
		assertThat(count("documents.document")).as("a refused publication saves nothing").isEqualTo(documents);

		directory.remember("州(市)", RegionCode.of("53"), null, "PREFECTURE_OFFICES", province);
		mvc.perform(post("/api/v1/plans/drafts/{id}/publish", draft).header("If-Match", "\"0\"")
			.with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documentsRecorded").value(2));
		// a second client that saw the same draft publishes it again: refused, nothing written twice
		mvc.perform(post("/api/v1/plans/drafts/{id}/publish", draft).param("version", "0")
			.with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已发布")));
		long plans = count("plans.work_plan");
		long items = count("plans.work_item");
		assertThat(plans).isEqualTo(2);
		long plan = jdbc.sql("select min(id) from plans.work_plan").query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/plans/{id}", plan)
			.with(httpBasic("yunnan", "Demo@2020"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.leadMode == 'each')].leadModeLabel")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("分别牵头"))))
			.andExpect(jsonPath("$.items[*].leadModeLabel").value(org.hamcrest.Matchers.hasItem("分别牵头")));

		long again = drafts.upload("seed-again.md", seed(), province);
		// the review page says so before anyone publishes, naming the plan the notice became
		String review = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/plans/drafts/{id}", again).with(demo.as("yunnan"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		long existing = jdbc.sql("select id from plans.work_plan where doc_number = '楚拥办通〔2020〕1号'").query(Long.class).single();
		assertThat(review).contains("id=\"already-published\"", "此通知已在平台中",
				"id=\"existing-plan\" href=\"/plans/" + existing + "\"");
		PlanPublisher.Published second = publisher.publish(again, drafts.find(again, province).version(), province);
		assertThat(second.documentsRecorded()).isZero();
		assertThat(second.documentsLinked()).isEqualTo(2);
		assertThat(count("plans.work_plan")).isEqualTo(plans);
		assertThat(count("plans.work_item")).isEqualTo(items);
		assertThat(count("documents.document")).isEqualTo(documents + 2);
	}

	@Test
	void refusesAnUnreadableFileWithAChineseMessageAndSavesNothing() throws Exception {
		long before = count("plans.draft");
		mvc.perform(multipart("/api/v1/plans/import")
			.file(new MockMultipartFile("file", "empty.docx", "application/octet-stream", new byte[0]))
			.with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("空")));
		mvc.perform(multipart("/api/v1/plans/import")
			.file(new MockMultipartFile("file", "notice.pdf", "application/pdf", new byte[] { 0, 1, 2, 3, 4, (byte) 0xff }))
			.with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(status().isBadRequest());
		assertThat(count("plans.draft")).isEqualTo(before);
	}

	@Test
	void jointLeadsShareOneTaskAndEachLeadsGetOneEach() {
		String notice = """
				测试通知
				一、测试部分
				1.开展联合检查。（省退役军人厅、省军区政治工作局牵头，省教育厅配合）
				2.开展联合宣传。（省退役军人厅、省军区政治工作局分别牵头，省教育厅配合）
				""";
		long draft = drafts.upload("joint.txt", notice.getBytes(StandardCharsets.UTF_8), province);
		var review = drafts.find(draft, province);
		assertThat(review.content().notice().items()).extracting(i -> i.leadMode().name()).containsExactly("JOINT", "EACH");
	}

	@Test
	void theReviewSaysHowEachItemsUnitsWereFoundAndMarksTheItemsWithNone() throws Exception {
		String notice = """
				测试通知
				一、测试部分
				1.开展联合检查。（省退役军人厅牵头，省教育厅配合）
				2.建立工作台账。
				""";
		long draft = drafts.upload("found.txt", notice.getBytes(StandardCharsets.UTF_8), province);
		assertThat(drafts.find(draft, province).content().notice().items()).extracting(i -> i.foundBy().name())
			.containsExactly("PARENTHESIS", "NONE");
		String review = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/plans/drafts/{id}", draft).with(demo.as("yunnan"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(review).contains("单位读自：条目末尾的括号", "未读出承办单位，请对照原文核对");
		assertThat(review).contains("sy-item-unread\" id=\"item-1\"").doesNotContain("sy-item-unread\" id=\"item-0\"");
	}

	@Test
	void keepsDraftsInTheUploadersRegion() {
		long draft = drafts.upload("x.txt", "1.开展工作。（省退役军人厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		CurrentUser county = new SystemActor("lufeng-test", 2, "532302", Set.of(Permission.PLANS_PUBLISH, Permission.WORK_READ));
		assertThatThrownBy(() -> drafts.find(draft, county)).isInstanceOf(NotFoundException.class);
		CurrentUser liaison = new SystemActor("liaison-test", 3, "53", Set.of(Permission.WORK_EDIT, Permission.WORK_READ));
		assertThatThrownBy(() -> drafts.upload("x.txt", "1.开展工作。".getBytes(StandardCharsets.UTF_8), liaison))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aCorrectedItemTextStatesItsOwnTargets() {
		long draft = drafts.upload("t.txt", "1.各县市宣传报道不少于2篇。（省民政厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		PlanDraft read = drafts.find(draft, province);
		var item = read.content().notice().items().get(0);
		assertThat(item.targets()).flatExtracting(t -> t.counts()).extracting(c -> c.what()).containsExactly("宣传报道");
		drafts.correctItem(draft, read.version(), 0, new cn.shuangyong.documents.reading.WorkItemDraft(item.no(),
				item.section(), "各州市慰问活动不少于3场。", item.leads(), item.leadMode(), item.cooperators(),
				item.cooperatorRole(), item.timeNodes(), item.targets()), province);
		var corrected = drafts.find(draft, province).content().notice().items().get(0);
		assertThat(corrected.targets()).singleElement().satisfies(t -> {
			assertThat(t.scope().name()).isEqualTo("PREFECTURE");
			assertThat(t.counts()).extracting(c -> c.what() + c.min() + c.unit()).containsExactly("慰问活动3场");
		});
	}

	@Test
	void anUnpublishedDraftIsDeletedAfterASecondClickByItsOfficeOnlyAndTheDeletionIsAudited() throws Exception {
		long draft = drafts.upload("bad.exe.txt", "1.开展工作。（省退役军人厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		String review = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/plans/drafts/{id}", draft).with(demo.as("yunnan"))).andReturn().getResponse().getContentAsString();
		assertThat(review).contains("id=\"delete-draft\"", "确定删除“bad.exe.txt”吗？", "id=\"delete-draft-confirm\"");
		mvc.perform(post("/plans/drafts/{id}/delete", draft).param("version", "0").with(demo.as("lufeng")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/plans/drafts/{id}/delete", draft).param("version", "0").with(demo.as("tuiyi")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/plans/drafts/{id}/delete", draft).param("version", "7").with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/plans/drafts/" + draft));
		assertThat(count("plans.draft where id = " + draft)).as("a stale page deletes nothing").isEqualTo(1);
		mvc.perform(post("/plans/drafts/{id}/delete", draft).param("version", "0").with(demo.as("yunnan")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice", "drafts.deleted"));
		assertThat(count("plans.draft where id = " + draft)).isZero();
		assertThat(count("audit.audit_event where event_type = 'DRAFT_DELETED' and object_id = '" + draft + "'")).isEqualTo(1);

		long overApi = drafts.upload("api.txt", "1.开展工作。（省退役军人厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/plans/drafts/{id}", overApi)
			.header("If-Match", "\"0\"").with(httpBasic("yunnan", "Demo@2020"))).andExpect(status().isNoContent());
		assertThat(count("plans.draft where id = " + overApi)).isZero();

		long published = drafts.upload("p.txt", "1.开展工作。（省退役军人厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		jdbc.sql("update plans.draft set published_at = now() where id = :id").param("id", published).update();
		assertThatThrownBy(() -> drafts.delete(published, drafts.find(published, province).version(), province))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesToPublishADraftWithoutADocumentNumber() {
		long draft = drafts.upload("bare.txt", "1.开展工作。（省退役军人厅牵头）".getBytes(StandardCharsets.UTF_8), province);
		// the draft was corrected after the publisher's page showed it: publishing what they saw is refused
		drafts.setIssuedOn(draft, 0, java.time.LocalDate.of(2020, 3, 1), province);
		assertThatThrownBy(() -> publisher.publish(draft, 0, province)).isInstanceOf(ConflictException.class)
			.hasMessage("该草稿在您打开后已被他人修改，本次未发布；请刷新页面，看过最新内容后再发布");
		assertThat(drafts.find(draft, province).published()).isFalse();
		assertThatThrownBy(() -> publisher.publish(draft, 1, province)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("发文字号");
	}

	private long latestDraft() {
		return jdbc.sql("select max(id) from plans.draft").query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static MockMultipartFile seedFile() throws Exception {
		return new MockMultipartFile("file", "yunnan-2020-shuangyong-notice.md", "text/markdown", seed());
	}

	private static byte[] seed() {
		try {
			return new ClassPathResource("demo/yunnan-2020-shuangyong-notice.md").getContentAsByteArray();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

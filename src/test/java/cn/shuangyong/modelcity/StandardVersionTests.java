package cn.shuangyong.modelcity;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard: the example version shipped with its eight areas, the API's indicator tree, and a new version drafted,
 * edited and published by the province without touching campaigns already running.
 */
@PlatformTest
class StandardVersionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Standards standards;

	@Autowired
	StandardEditing editing;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Demo demo;

	@Test
	void theExampleStandardHasTheEightAreasAndSaysItIsExampleData() throws Exception {
		Standard first = standards.all().get(standards.all().size() - 1);
		assertThat(first.areas()).extracting(StandardNode::title).containsExactly("组织领导坚强有力", "拥军工作扎实有效",
				"政策法规落到实处", "军民共建富有成效", "宣传教育广泛深入", "拥政爱民成果显著", "双拥活动坚持经常", "军政军民关系融洽");
		assertThat(first.sourceNote()).contains("示例数据", "《双拥模范城(县)创建命名管理办法》（2019年修订）")
			.doesNotContain("http", ".com");
		assertThat(first.totalPoints()).isEqualByComparingTo("100");
		String read = mvc.perform(get("/model-city/standards/{id}", first.id()).with(demo.as("chuxiong")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(read).contains("满分 100 分").doesNotContain("id=\"source-note\"", "创建命名管理办法");
		String maintained = mvc.perform(get("/model-city/standards/{id}", first.id()).with(demo.as("yunnan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(maintained).contains("id=\"source-note\"", "依据", "创建命名管理办法");
		// the example veto items read as items; that they are examples is their basis, for the maintainers only
		assertThat(first.vetoItems()).isNotEmpty().allSatisfy(v -> {
			assertThat(v.text()).doesNotContain("【", "示例");
			assertThat(v.basis()).contains("示例", "须由省双拥办按正式文件核定");
		});
		assertThat(read).contains(first.vetoItems().get(0).text()).doesNotContain("【示例", "veto-basis-", "示例项");
		assertThat(maintained).contains("id=\"veto-basis-" + first.vetoItems().get(0).id() + "\"", "示例项");
		assertThat(first.areas().get(0).points()).isEqualByComparingTo("6");
		mvc.perform(get("/api/v1/model-city/standards").with(httpBasic("lufeng", "Demo@2020")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.versionNo == 1)].areas[0].title").value("组织领导坚强有力"))
			.andExpect(jsonPath("$[?(@.versionNo == 1)].areas[0].children[0].children[0].kind").value("SUBPOINT"))
			.andExpect(jsonPath("$[?(@.state == 'DRAFT')]").isEmpty())
			.andExpect(jsonPath("$[?(@.versionNo == 1)].stateLabel").value("已发布"))
			.andExpect(jsonPath("$[?(@.versionNo == 1)].areas[0].kindLabel").value("考评项目"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("示例项"))));
		mvc.perform(get("/api/v1/model-city/standards").with(httpBasic("yunnan", "Demo@2020")))
			.andExpect(jsonPath("$[?(@.versionNo == 1)].vetoItems[0].basis").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("示例项"))));
	}

	@Test
	void newStandardVersionDoesNotChangeRunningCampaign() throws Exception {
		CampaignMother mother = CampaignMother.of(context);
		long running = mother.selfAssessing("532901");
		Standard before = standards.find(campaigns.find(running, mother.office("5329")).standardId());
		var province = demo.signedIn("yunnan");
		assertThatThrownBy(() -> editing.draftNext(demo.signedIn("chuxiong"))).isInstanceOf(AccessDeniedException.class);
		long draft = editing.draftNext(province);
		assertThatThrownBy(() -> editing.draftNext(province)).isInstanceOf(ConflictException.class);
		StandardNode withSubpoints = standards.find(draft).indicators().get(0);
		StandardNode plain = standards.find(draft).indicators().get(1);
		editing.editNode(draft, version(draft), withSubpoints.id(), new NodeInput(withSubpoints.title(), "3", null, null),
				province);
		var refused = catchThrowableOfType(InvalidInputException.class,
				() -> editing.publish(draft, version(draft), province));
		assertThat(refused.problems()).containsExactly("考评内容 1.1 的分值为 3 分，其评分要素合计 2 分，两者须相等");
		editing.editNode(draft, version(draft), withSubpoints.id(), new NodeInput(withSubpoints.title(), "2", null, null),
				province);
		// two pages of the draft are open; the first saves an indicator, the second's save is refused
		int seen = version(draft);
		editing.editNode(draft, seen, plain.id(), new NodeInput("军地联席会议每半年至少召开一次（新版）", "2", "会议纪要", null),
				province);
		assertThatThrownBy(() -> editing.editNode(draft, seen, plain.id(), new NodeInput("旧页面上的改动", "2", null, null),
				province))
			.isInstanceOf(ConflictException.class).hasMessage("该草稿在您打开后已被他人修改，本次未更改；请刷新页面，看过最新内容后再改");
		assertThatThrownBy(() -> editing.publish(draft, seen, province)).as("nor is a draft published unseen")
			.isInstanceOf(ConflictException.class);
		assertThat(standards.find(draft).published()).isFalse();
		assertThat(standards.find(draft).indicators().get(1).title()).isEqualTo("军地联席会议每半年至少召开一次（新版）");
		assertThat(version(draft)).isEqualTo(seen + 1);
		mvc.perform(get("/model-city/standards/{id}", draft).with(demo.as("yunnan"))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"publish-standard\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("军地联席会议每半年至少召开一次（新版）")));
		mvc.perform(get("/model-city/standards/{id}", draft).with(demo.as("chuxiong"))).andExpect(status().isNotFound());
		editing.publish(draft, version(draft), province);
		assertThatThrownBy(() -> editing.editNode(draft, version(draft), plain.id(), new NodeInput("再改", "2", null, null),
				province))
			.isInstanceOf(ConflictException.class).hasMessage("已发布的考评标准不能修改，请先起草新版本");

		var sheet = campaigns.scoreSheet(running, mother.office("5329"));
		assertThat(sheet.get(1).title()).isEqualTo(before.indicators().get(1).title());
		assertThat(campaigns.summary(running, mother.office("5329")).totalPoints()).isEqualByComparingTo(before.totalPoints());
		long opened = mother.selfAssessing("532922");
		assertThat(campaigns.summary(opened, mother.office("5329")).standardVersion())
			.isEqualTo(standards.current().orElseThrow().versionNo()).isGreaterThan(before.versionNo());
		assertThat(campaigns.scoreSheet(opened, mother.office("5329")).get(1).title())
			.isEqualTo("军地联席会议每半年至少召开一次（新版）");
		assertThat(campaigns.summary(opened, mother.office("5329")).totalPoints())
			.isEqualByComparingTo(before.totalPoints().add(java.math.BigDecimal.ONE));
	}

	private int version(long standardId) {
		return standards.find(standardId).version();
	}
}

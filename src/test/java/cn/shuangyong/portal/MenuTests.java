package cn.shuangyong.portal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The menu offers each role what its permissions open, and nothing else (三员分立 included). */
@PlatformTest
class MenuTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void theOfficeSeesSupervisionMechanismsAndTheRegistryButNoAdministration() throws Exception {
		assertThat(menu("chuxiong")).contains("href=\"/supervision/board\"", "href=\"/supervision/materials\"",
				"href=\"/dual-lists\"", "href=\"/beneficiaries\"", "href=\"/beneficiaries/imports\"",
				"href=\"/notifications/inbox\"")
			.doesNotContain("href=\"/accounts\"", "href=\"/audit\"", "href=\"/swagger-ui.html\"");
	}

	@Test
	void aLiaisonSeesTheWorkButNotTheRegistryNorWhatOnlyOfficesDo() throws Exception {
		assertThat(menu("xuanchuan")).contains("href=\"/supervision/my\"", "href=\"/supervision/board\"")
			.doesNotContain("href=\"/beneficiaries\"", "href=\"/supervision/materials\"", "href=\"/accounts\"",
					"href=\"/audit\"");
	}

	@Test
	void theThreeAdministratorsSeeOnlyTheirOwnTools() throws Exception {
		assertThat(menu("admin")).contains("href=\"/accounts\"", "href=\"/swagger-ui.html\"").doesNotContain("href=\"/audit\"",
				"href=\"/supervision/board\"", "href=\"/beneficiaries\"");
		assertThat(menu("secadmin")).contains("href=\"/accounts\"").doesNotContain("href=\"/audit\"",
				"href=\"/beneficiaries\"");
		assertThat(menu("auditor")).contains("href=\"/audit\"").doesNotContain("href=\"/accounts\"",
				"href=\"/supervision/board\"", "href=\"/beneficiaries\"");
	}

	@Test
	void theLeaderReadsButImportsNothing() throws Exception {
		assertThat(menu("lingdao")).contains("href=\"/dashboard\"", "href=\"/beneficiaries\"")
			.doesNotContain("href=\"/beneficiaries/imports\"", "href=\"/supervision/materials\"", "href=\"/accounts\"",
					"href=\"/swagger-ui.html\"");
	}

	@Test
	void theLeaderIsOfferedNoUploadItWouldBeRefused() throws Exception {
		assertThat(page("lingdao", "/plans/drafts")).doesNotContain("id=\"upload-form\"");
		assertThat(page("chuxiong", "/plans/drafts")).contains("id=\"upload-form\"");
	}

	@Test
	void theHonoursPagesShowTheirPartAsATabNotAsASecondMarkedMenu() throws Exception {
		for (String path : new String[] { "/beneficiaries/plaques", "/beneficiaries/merit", "/beneficiaries/coverage" }) {
			String page = page("chuxiong", path);
			assertActive(page, "/beneficiaries/plaques");
			assertThat(page).contains("nav nav-tabs").doesNotContain("nav-pills");
		}
	}

	@Test
	void onlyTheEntryThePageBelongsToMostCloselyIsMarked() throws Exception {
		assertActive(page("chuxiong", "/beneficiaries/imports"), "/beneficiaries/imports");
		assertActive(page("chuxiong", "/beneficiaries/plaques"), "/beneficiaries/plaques");
		assertActive(page("chuxiong", "/beneficiaries"), "/beneficiaries");
		assertActive(page("chuxiong", "/supervision/board"), "/supervision/board");
		assertActive(page("chuxiong", "/"), "/");
	}

	@Test
	void theOfficesWorkbenchShowsWhatWaitsForItAndNoDirectoryCounts() throws Exception {
		String home = menu("chuxiong");
		assertThat(home).contains("id=\"waiting\"", "待签收的公文", "href=\"/documents/received\"", "待审核办结的报送",
				"待审批的延期申请", "href=\"/supervision/extensions\"", "本办交办、已逾期的任务",
				"href=\"/supervision/board?colour=RED\"", "今天是 2020年9月30日")
			.doesNotContain("id=\"directory-figures\"", "行政区划</div>");
	}

	@Test
	void aLiaisonsWorkbenchListsItsUnitsOpenTasksMostUrgentFirst() throws Exception {
		String home = menu("xuanchuan");
		assertThat(home).contains("本单位未办结的任务", "href=\"/supervision/my\"").doesNotContain("id=\"directory-figures\"",
				"待审核办结的报送");
		Matcher tasks = Pattern.compile("<a class=\"list-group-item list-group-item-action\"\\s+href=\"/supervision/tasks/\\d+\">"
				+ "\\s*<div[^>]*>\\s*<span class=\"badge sy-colour sy-colour-(\\w+)[^\"]*\"").matcher(home);
		java.util.List<String> colours = new java.util.ArrayList<>();
		while (tasks.find()) {
			colours.add(tasks.group(1));
		}
		assertThat(colours).isNotEmpty();
		assertThat(String.join(",", colours)).matches("(RED,)*(YELLOW,)*(GREEN,)*(RED|YELLOW|GREEN)");
		assertThat(home).containsAnyOf(">牵头<", ">配合<");
	}

	@Test
	void aStationsWorkbenchShowsHouseholdsToVisitAndPlaquesPending() throws Exception {
		assertThat(menu("zhan")).containsPattern("href=\"/beneficiaries/campaigns/\\d+/outstanding\"")
			.contains("待走访的对象", "应挂未挂光荣牌的家庭", "href=\"/beneficiaries/plaques\"", "本单位未办结的任务")
			.doesNotContain("id=\"directory-figures\"", "待审核办结的报送", "href=\"/swagger-ui.html\"");
	}

	@Test
	void theLeaderLandsOnTheDashboard() throws Exception {
		mvc.perform(get("/").with(demo.as("lingdao"))).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
	}

	@Test
	void theAdministratorsWorkbenchesShowTheirOwnWorkAndNoBusiness() throws Exception {
		assertThat(menu("admin")).contains("被锁定的账号", "已停用的账号", "href=\"/accounts\"", "id=\"directory-figures\"")
			.doesNotContain("本单位未办结的任务", "待签收的公文");
		assertThat(menu("secadmin")).contains("被锁定的账号").doesNotContain("已停用的账号", "id=\"directory-figures\"",
				"本单位未办结的任务");
		assertThat(menu("auditor")).contains("近 7 天被拒绝的访问", "href=\"/audit?type=ACCESS_DENIED\"")
			.doesNotContain("被锁定的账号", "id=\"directory-figures\"", "本单位未办结的任务");
	}

	private static void assertActive(String page, String path) {
		Matcher marked = Pattern.compile("<a class=\"nav-link active fw-semibold\"[^>]*href=\"([^\"]+)\"").matcher(page);
		assertThat(marked.find()).as("an entry is marked").isTrue();
		assertThat(marked.group(1)).isEqualTo(path);
		assertThat(marked.find()).as("only one entry is marked").isFalse();
	}

	private String page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The home page, or for the leader the dashboard it leads to; the menu is on both. */
	private String menu(String user) throws Exception {
		var answer = mvc.perform(get("/").with(demo.as(user))).andReturn().getResponse();
		return answer.getRedirectedUrl() != null ? page(user, answer.getRedirectedUrl())
				: answer.getContentAsString(StandardCharsets.UTF_8);
	}
}

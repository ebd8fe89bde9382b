package cn.shuangyong.portal;

import java.nio.charset.StandardCharsets;

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
			.doesNotContain("href=\"/accounts\"", "href=\"/audit\"");
	}

	@Test
	void aLiaisonSeesTheWorkButNotTheRegistryNorWhatOnlyOfficesDo() throws Exception {
		assertThat(menu("xuanchuan")).contains("href=\"/supervision/my\"", "href=\"/supervision/board\"")
			.doesNotContain("href=\"/beneficiaries\"", "href=\"/supervision/materials\"", "href=\"/accounts\"",
					"href=\"/audit\"");
	}

	@Test
	void theThreeAdministratorsSeeOnlyTheirOwnTools() throws Exception {
		assertThat(menu("admin")).contains("href=\"/accounts\"").doesNotContain("href=\"/audit\"",
				"href=\"/supervision/board\"", "href=\"/beneficiaries\"");
		assertThat(menu("secadmin")).contains("href=\"/accounts\"").doesNotContain("href=\"/audit\"",
				"href=\"/beneficiaries\"");
		assertThat(menu("auditor")).contains("href=\"/audit\"").doesNotContain("href=\"/accounts\"",
				"href=\"/supervision/board\"", "href=\"/beneficiaries\"");
	}

	@Test
	void theLeaderReadsButImportsNothing() throws Exception {
		assertThat(menu("lingdao")).contains("href=\"/dashboard\"", "href=\"/beneficiaries\"")
			.doesNotContain("href=\"/beneficiaries/imports\"", "href=\"/supervision/materials\"", "href=\"/accounts\"");
	}

	private String menu(String user) throws Exception {
		return mvc.perform(get("/").with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}

package cn.shuangyong.beneficiaries;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search by ID number or by name goes in a form field or a JSON body, never in the URL, where it would land in access
 * logs and the browser's history (security doc §3, #42); the pages of its answer page on and export by posting it.
 */
@PlatformTest
class IdNumberSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	Registry registry;

	@Test
	void theListRefusesAnIdNumberInItsUrl() throws Exception {
		Known person = lufengPerson("网址查");
		String page = mvc.perform(get("/beneficiaries?idNumber=" + person.idNumber()).with(demo.as("lufeng")))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("身份证号不能写在网址中").doesNotContain("person-" + person.id());
		mvc.perform(get("/beneficiaries/export?format=csv&idNumber=" + person.idNumber())
			.with(demo.as("lufeng"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/beneficiaries?idNumber=" + person.idNumber()).with(demo.as("lufeng")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSearchFormPostsTheNumberAndItsAnswerLinksNowhereWithIt() throws Exception {
		Known person = lufengPerson("表单查");
		String idNumber = person.idNumber();
		String page = mvc.perform(post("/beneficiaries").param("idNumber", idNumber).with(csrf())
			.with(demo.as("lufeng"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("person-" + person.id()).contains("共 1 人").contains("method=\"post\"")
			.doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
	}

	@Test
	void theApiSearchesByTheNumberInItsBody() throws Exception {
		Known person = lufengPerson("接口查");
		mvc.perform(post("/api/v1/beneficiaries/search").with(csrf()).with(demo.as("lufeng"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + person.idNumber() + "\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(person.id()));
	}

	@Test
	void aNameSearchPagesOnAndExportsThroughFormsThatKeepTheNameOutOfEveryUrl() throws Exception {
		for (int i = 0; i < 21; i++) {
			lufengPerson("翻页查" + (char) ('甲' + i));
		}
		String first = page(post("/beneficiaries").param("name", "翻页查").with(csrf()).with(demo.as("lufeng")));
		assertThat(first).contains("共 21 人").contains("id=\"page-next\"");
		assertThat(rows(first)).isEqualTo(20);
		assertNoNameInAGetUrl(first);
		String second = page(post("/beneficiaries").param("name", "翻页查").param("page", "1").with(csrf())
			.with(demo.as("lufeng")));
		assertThat(second).contains("共 21 人");
		assertThat(rows(second)).isEqualTo(1);
		assertNoNameInAGetUrl(second);
		String csv = mvc.perform(post("/beneficiaries/export").param("format", "csv").param("name", "翻页查")
			.with(csrf()).with(demo.as("lufeng"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("翻页查甲").doesNotContain("网址查");
	}

	@Test
	void aNameInAUrlIsRefusedAndNothingIsSearched() throws Exception {
		lufengPerson("网名查");
		String page = mvc.perform(get("/beneficiaries").param("name", "网名查").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("姓名不能写在网址中").doesNotContain("person-");
		mvc.perform(post("/beneficiaries?name=网名查").with(csrf()).with(demo.as("lufeng")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/beneficiaries/export?format=csv&name=网名查").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/beneficiaries").param("name", "网名查").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/beneficiaries").param("name", "").with(demo.as("lufeng"))).andExpect(status().isOk());
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** No link, image, script or htmx call names a name, and every form that sends one posts it. */
	private static void assertNoNameInAGetUrl(String html) {
		Matcher url = Pattern.compile("\\s(?:href|src|action|hx-get|data-[\\w-]+)=\"([^\"]*)\"").matcher(html);
		while (url.find()) {
			assertThat(url.group(1)).doesNotContainPattern("[?&;]name=");
		}
		Matcher form = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(html);
		int sending = 0;
		while (form.find()) {
			if (form.group(2).contains("name=\"name\"")) {
				sending++;
				assertThat(form.group(1)).contains("method=\"post\"");
			}
		}
		assertThat(sending).as("the filter, the pages and the export each send the name").isGreaterThanOrEqualTo(3);
	}

	private static long rows(String page) {
		return Pattern.compile("<tr id=\"person-").matcher(page).results().count();
	}

	private Known lufengPerson(String name) {
		PersonDraft draft = People.veteran(name, People.LUFENG_VILLAGE);
		return new Known(registry.register(draft, null, demo.signedIn("lufeng")).person().id(), draft.idNumber());
	}

	private record Known(long id, String idNumber) {
	}
}

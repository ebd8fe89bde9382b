package cn.shuangyong.beneficiaries;

import java.nio.charset.StandardCharsets;

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
 * A search by ID number goes in a form field or a JSON body, never in the URL, where it would land in access logs and
 * the browser's history (security doc §3, #42).
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

	private Known lufengPerson(String name) {
		PersonDraft draft = People.veteran(name, People.LUFENG_VILLAGE);
		return new Known(registry.register(draft, null, demo.signedIn("lufeng")).person().id(), draft.idNumber());
	}

	private record Known(long id, String idNumber) {
	}
}

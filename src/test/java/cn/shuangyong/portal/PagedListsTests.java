package cn.shuangyong.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every list API answers one shape, pages from 0, clamps what it is asked for and keeps its order across pages. */
@PlatformTest
class PagedListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JsonMapper json;

	@Test
	void tasksAnswerAPageOfTwentyInTheSharedShape() throws Exception {
		JsonNode page = getJson("/api/v1/tasks?page=0&size=20", "yunnan");
		assertThat(page.propertyNames()).containsExactlyInAnyOrder("content", "totalElements", "page", "size");
		assertThat(page.get("content").size()).isEqualTo(20);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(page.get("totalElements").asLong()).isGreaterThan(20);
		assertThat(page.get("content").get(0).has("leadUnits")).as("each task keeps its JSON").isTrue();
	}

	@Test
	void plansListTheProvincesOwnFirst() throws Exception {
		JsonNode page = getJson("/api/v1/plans", "yunnan");
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(Paging.DEFAULT_SIZE);
		assertThat(page.get("content").get(0).get("docNumber").asString()).isEqualTo("云拥办〔2020〕1号");
	}

	@Test
	void aSizeAboveTheMaximumIsClampedAndNegativeValuesToo() throws Exception {
		JsonNode huge = getJson("/api/v1/tasks?size=100000", "yunnan");
		assertThat(huge.get("size").asInt()).isEqualTo(Paging.MAX_SIZE).isGreaterThanOrEqualTo(500);
		assertThat(huge.get("content").size()).isLessThanOrEqualTo(Paging.MAX_SIZE)
			.isEqualTo((int) Math.min(Paging.MAX_SIZE, huge.get("totalElements").asLong()));
		JsonNode negative = getJson("/api/v1/plans?page=-2&size=-5", "yunnan");
		assertThat(negative.get("page").asInt()).isZero();
		assertThat(negative.get("size").asInt()).isOne();
		assertThat(negative.get("content").size()).isOne();
	}

	@Test
	void consecutivePagesNeitherOverlapNorSkip() throws Exception {
		for (String list : List.of("/api/v1/tasks", "/api/v1/plans")) {
			List<Long> first = ids(getJson(list + "?page=0&size=1", "yunnan"));
			List<Long> second = ids(getJson(list + "?page=1&size=1", "yunnan"));
			List<Long> both = ids(getJson(list + "?page=0&size=2", "yunnan"));
			assertThat(second).as(list).hasSize(1).doesNotContainAnyElementsOf(first);
			List<Long> joined = new ArrayList<>(first);
			joined.addAll(second);
			assertThat(joined).as(list).isEqualTo(both);
		}
	}

	@Test
	void pagesShareOnePagerThatCountsFromZero() throws Exception {
		String board = page("/supervision/board?page=1", "yunnan");
		assertThat(board).contains("id=\"page-previous\"", "id=\"page-next\"", "第 2 / ")
			.containsPattern("hx-get=\"/supervision/board\\?[^\"]*page=0\"").contains("hx-target=\"#board\"");
		String registry = page("/beneficiaries", "chuxiong");
		assertThat(registry).contains("id=\"page-next\"", "第 1 / ").containsPattern("href=\"/beneficiaries\\?[^\"]*page=1\"")
			.doesNotContain("hx-target=\"#board\"");
		assertThat(page("/audit?actor=nobody", "auditor")).as("one page or none: no pager").doesNotContain("id=\"pages\"");
	}

	private String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("content").forEach(row -> ids.add(row.get("id").asLong()));
		return ids;
	}

	private JsonNode getJson(String url, String user) throws Exception {
		return json.readTree(mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import API as a test calls it, as 禄丰市's office: upload, wait for the job's end, read its problems. */
record ImportApiCalls(MockMvc mvc, JdbcClient jdbc, Demo demo) {

	static final String OFFICE = "lufeng";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	void emptyRegistry() {
		cn.shuangyong.beneficiaries.RegistryReset.emptyRegistry(jdbc);
	}

	/** The raw answer to an upload, whatever its status. */
	MvcResult send(String name, byte[] content, String mode) throws Exception {
		var request = multipart("/api/v1/beneficiaries/imports")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(demo.as(OFFICE)).with(csrf());
		if (mode != null) {
			request.param("mode", mode);
		}
		return mvc.perform(request).andReturn();
	}

	/** An accepted upload run to its end. */
	JsonNode imported(String name, byte[] content, String mode) throws Exception {
		MvcResult result = send(name, content, mode);
		if (result.getResponse().getStatus() != 202) {
			throw new AssertionError("导入未被接受：" + result.getResponse().getStatus() + " "
					+ result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		return finished(json(result).get("id").asLong());
	}

	JsonNode finished(long id) {
		JsonNode[] job = new JsonNode[1];
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
			job[0] = json(mvc.perform(get("/api/v1/beneficiaries/imports/" + id).with(demo.as(OFFICE)))
				.andExpect(status().isOk()).andReturn());
			return !"RUNNING".equals(job[0].get("status").asString());
		});
		return job[0];
	}

	static JsonNode json(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	List<Map<String, Object>> problems(JsonNode job) {
		return jdbc.sql("select * from beneficiaries.import_problem where job_id = :id order by row_no, column_name")
			.param("id", job.get("id").asLong()).query().listOfRows();
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	long people() {
		return count("select count(*) from beneficiaries.person");
	}

	/** Nothing written: no person, no household. */
	boolean nothingSaved() {
		return people() == 0 && count("select count(*) from beneficiaries.household") == 0;
	}
}

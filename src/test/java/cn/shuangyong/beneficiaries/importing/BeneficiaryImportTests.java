package cn.shuangyong.beneficiaries.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.privacy.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk import through the API as 禄丰市's office (lufeng): files in, jobs to their end, people written encrypted, and
 * what the import refuses (issue 5 items 4 and 9; security requirements H1 and §3 #10, #32).
 */
@PlatformTest
// these tests empty the registry, so they get a database of their own rather than the shared demo one
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
class BeneficiaryImportTests {

	static final String OFFICE = "lufeng";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PersonEncoding encoding;

	@BeforeEach
	void emptyRegistry() {
		cn.shuangyong.beneficiaries.RegistryReset.emptyRegistry(jdbc);
	}

	@Test
	void importsAValidFileWithEveryPersonalValueEncryptedAndMasked() throws Exception {
		JsonNode job = finished(upload("people.csv", ImportFiles.bytes(ImportFiles.csv(1, 20)), null));
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("statusLabel").asString()).isEqualTo("已完成");
		assertThat(job.get("modeLabel").asString()).isNotBlank().doesNotContain("_");
		assertThat(job.get("total").asInt()).isEqualTo(20);
		assertThat(job.get("imported").asInt()).isEqualTo(20);
		assertThat(job.get("rejected").asInt()).isZero();
		Map<String, Object> person = jdbc.sql("select * from beneficiaries.person where name = '测试7'").query().singleRow();
		long id = ((Number) person.get("id")).longValue();
		assertThat(person.get("id_cipher").toString()).doesNotContain(ImportFiles.id(7));
		assertThat(encoding.decrypt(id, PersonEncoding.Column.ID_NUMBER, person.get("id_cipher").toString()))
			.isEqualTo(ImportFiles.id(7));
		assertThat(encoding.decrypt(id, PersonEncoding.Column.PHONE, person.get("phone_cipher").toString()))
			.isEqualTo("13800000007");
		assertThat(person.get("id_masked")).isEqualTo(ImportFiles.id(7).substring(0, 6) + "********"
				+ ImportFiles.id(7).substring(14));
		assertThat(person.get("phone_masked")).isEqualTo("138****0007");
		assertThat(person.get("address_masked").toString()).startsWith("云南省楚雄彝族自治州禄丰市金山镇").endsWith("****");
		assertThat(person.get("county_code")).isEqualTo("532302");
		assertThat(person.get("station_unit_id")).isEqualTo(demo.unitId("station:532302101001"));
		assertThat(count("select count(*) from beneficiaries.household")).isEqualTo(20);
	}

	@Test
	void allOrNothingImportsNothingWhenOneRowIsBad() throws Exception {
		String file = ImportFiles.csv(1, 10) + "坏行,110101199003074515,退伍军人," + ImportFiles.VILLAGE + ",,\n";
		JsonNode job = finished(upload("bad.csv", ImportFiles.bytes(file), null));
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("rejected").asInt()).isEqualTo(1);
		assertThat(job.get("imported").asInt()).isZero();
		assertThat(count("select count(*) from beneficiaries.person")).isZero();
		assertThat(count("select count(*) from beneficiaries.household")).isZero();
		assertThat(problems(job)).singleElement().satisfies(p -> {
			assertThat(p.get("row_no")).isEqualTo(12);
			assertThat(p.get("column_name")).isEqualTo("公民身份号码");
			assertThat(p.get("reason").toString()).contains("校验码");
		});
	}

	@Test
	void validRowsModeImportsTheGoodRowsAndReportsTheBadOnes() throws Exception {
		String file = ImportFiles.csv(1, 10) + "坏行,110101199003074515,退伍军人," + ImportFiles.VILLAGE + ",,\n";
		JsonNode job = finished(upload("bad.csv", ImportFiles.bytes(file), "VALID_ROWS"));
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("imported").asInt()).isEqualTo(10);
		assertThat(job.get("rejected").asInt()).isEqualTo(1);
		assertThat(count("select count(*) from beneficiaries.person")).isEqualTo(10);
	}

	@Test
	void aPersonTwiceInOneFileFlagsBothRowsAndAPersonAlreadyRegisteredIsNotOverwritten() throws Exception {
		finished(upload("first.csv", ImportFiles.bytes(ImportFiles.csv(1, 3)), null));
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1) + "\n" + ImportFiles.row(50) + "\n"
				+ ImportFiles.row(51) + "\n" + ImportFiles.row(50).replace("测试50", "另一人") + "\n";
		JsonNode job = finished(upload("second.csv", ImportFiles.bytes(file), "VALID_ROWS"));
		assertThat(job.get("imported").asInt()).isEqualTo(1);
		assertThat(job.get("rejected").asInt()).isEqualTo(3);
		List<Map<String, Object>> problems = problems(job);
		assertThat(problems).filteredOn(p -> p.get("reason").toString().startsWith("文件内重复"))
			.extracting(p -> p.get("row_no")).containsExactly(3, 5);
		assertThat(problems).filteredOn(p -> p.get("reason").toString().startsWith("已存在"))
			.extracting(p -> p.get("row_no")).containsExactly(2);
		assertThat(jdbc.sql("select name from beneficiaries.person where id_lookup = :l")
			.param("l", encoding.idLookup(new cn.shuangyong.privacy.IdNumber(ImportFiles.id(1)))).query(String.class)
			.single()).isEqualTo("测试1");
	}

	@Test
	void theSameFileTwiceIsOneJobAndAddsNothing() throws Exception {
		byte[] file = ImportFiles.bytes(ImportFiles.csv(100, 30));
		JsonNode first = finished(upload("a.csv", file, null));
		JsonNode second = json(upload("again.csv", file, null));
		assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(second.get("status").asString()).isEqualTo("DONE");
		assertThat(count("select count(*) from beneficiaries.person")).isEqualTo(30);
		assertThat(count("select count(*) from beneficiaries.import_job")).isEqualTo(1);
	}

	@Test
	void twoSimultaneousUploadsOfOneFileMakeOneJob() throws Exception {
		byte[] file = ImportFiles.bytes(ImportFiles.csv(200, 40));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Long> send = () -> json(upload("same.csv", file, null)).get("id").asLong();
			Future<Long> a = pool.submit(send);
			Future<Long> b = pool.submit(send);
			assertThat(a.get()).isEqualTo(b.get());
			finished(a.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("select count(*) from beneficiaries.import_job")).isEqualTo(1);
		assertThat(count("select count(*) from beneficiaries.person")).isEqualTo(40);
	}

	@Test
	void afterFixingTheRowsTheFileImports() throws Exception {
		String bad = ImportFiles.csv(1, 5) + "坏行,110101199003074515,退伍军人," + ImportFiles.VILLAGE + ",,\n";
		assertThat(finished(upload("v1.csv", ImportFiles.bytes(bad), null)).get("status").asString()).isEqualTo("FAILED");
		JsonNode fixed = finished(upload("v2.csv", ImportFiles.bytes(ImportFiles.csv(1, 6)), null));
		assertThat(fixed.get("status").asString()).isEqualTo("DONE");
		assertThat(count("select count(*) from beneficiaries.person")).isEqualTo(6);
	}

	@Test
	void aJobOfAnotherRegionIsNotFoundAndALeaderMayNotImport() throws Exception {
		JsonNode job = finished(upload("a.csv", ImportFiles.bytes(ImportFiles.csv(1, 2)), null));
		mvc.perform(get("/api/v1/beneficiaries/imports/" + job.get("id").asLong()).with(demo.as("zhan")))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/beneficiaries/imports")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", ImportFiles.bytes(ImportFiles.csv(1, 2))))
			.with(demo.as("lingdao")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aRegionOutsideTheImportersScopeIsARowProblem() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace(ImportFiles.VILLAGE, "530102001001") + "\n";
		JsonNode job = finished(upload("a.csv", ImportFiles.bytes(file), null));
		assertThat(problems(job)).singleElement()
			.satisfies(p -> assertThat(p.get("reason").toString()).contains("不在您的数据范围内"));
	}

	@Test
	void everyImportIsAudited() throws Exception {
		long before = count("select count(*) from audit.audit_event where event_type like 'BENEFICIARY_IMPORT%'");
		finished(upload("a.csv", ImportFiles.bytes(ImportFiles.csv(1, 2)), null));
		assertThat(count("select count(*) from audit.audit_event where event_type like 'BENEFICIARY_IMPORT%'"))
			.isEqualTo(before + 2);
	}

	// helpers

	MvcResult upload(String name, byte[] content, String mode) throws Exception {
		var request = multipart("/api/v1/beneficiaries/imports")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(demo.as(OFFICE)).with(csrf());
		if (mode != null) {
			request.param("mode", mode);
		}
		return mvc.perform(request).andExpect(status().isAccepted()).andReturn();
	}

	JsonNode finished(MvcResult accepted) throws Exception {
		return finished(json(accepted).get("id").asLong());
	}

	JsonNode finished(long id) {
		JsonNode[] job = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
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

	static byte[] encoded(String text, Charset charset) {
		return text.getBytes(charset);
	}
}

package cn.shuangyong.portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The security probe's bad inputs (issue 12; security doc §3, #29, #39, #40 and #44): none answers 500. A bad value is
 * refused with a Chinese message, as ProblemDetail for the API and as the error page for a browser, or it is ignored.
 */
@PlatformTest
class BadInputAnswersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ignoresALanguageThatNamesNoLocale() throws Exception {
		String page = body(mvc.perform(get(URI.create("/login?lang=%27"))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("用户登录");
		mvc.perform(get("/login").cookie(new Cookie("SY_LANG", "'"))).andExpect(status().isOk());
		mvc.perform(get(URI.create("/directory/units?lang=%27")).with(demo.as("lufeng"))).andExpect(status().isOk());
		mvc.perform(get("/login?lang=en")).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/units?q=a%00b", "/api/v1/units/resolve?phrase=%E7%9C%81%00%E5%8E%85",
			"/api/v1/beneficiaries?name=%E5%BC%A0%00%E4%B8%89", "/api/v1/units?q=%E5%BC%A0%08%E4%B8%89" })
	void refusesAControlCharacterInAnApiParameterInChinese(String url) throws Exception {
		String problem = body(mvc.perform(get(URI.create(url)).with(demo.as("lufeng"))).andExpect(status().isBadRequest())
			.andReturn());
		assertThat(problem).contains("控制字符");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/directory/units?q=a%00b", "/beneficiaries?name=%E5%BC%A0%00%E4%B8%89" })
	void refusesAControlCharacterInAPageParameterWithTheChineseErrorPage(String url) throws Exception {
		String page = body(mvc.perform(get(URI.create(url)).with(demo.as("lufeng"))).andExpect(status().isBadRequest())
			.andReturn());
		assertThat(page).contains("请求有误", "控制字符");
	}

	@Test
	void refusesANulInAJsonBodyInChinese() throws Exception {
		String problem = body(mvc.perform(post("/api/v1/beneficiaries/search").with(csrf()).with(demo.as("lufeng"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"张\\u0000三\"}"))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(problem).contains("不允许的字符");
	}

	@Test
	void refusesANulInAFormField() throws Exception {
		long unit = demo.unitId(Demo.LUFENG_OFFICE);
		long aliases = jdbc.sql("select count(*) from directory.phrase").query(Long.class).single();
		mvc.perform(post("/directory/units/{id}/aliases", unit).param("phrase", "禄丰\0双拥办").with(csrf())
			.with(demo.as("lufeng"))).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from directory.phrase").query(Long.class).single()).isEqualTo(aliases);
	}

	@Test
	void refusesAnExportFormatItDoesNotMake() throws Exception {
		String page = body(mvc.perform(get("/beneficiaries/export?format=pdf").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(page).contains("导出格式只能是 xlsx 或 csv");
	}

	@Test
	void refusesAUnitIdThatCannotBeOne() throws Exception {
		assertThat(body(mvc.perform(get("/directory/units/-1").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest()).andReturn())).contains("单位编号无效");
		mvc.perform(get("/accounts/staff?unit=0").with(demo.as("lufeng"))).andExpect(status().isBadRequest());
	}

	@Test
	void keepsAnUploadNamedWithANulUnderItsCleanedName() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "a.txt\0.exe", "text/plain",
				"关于做好2021年双拥工作的通知\n一、加强组织领导\n".getBytes(StandardCharsets.UTF_8));
		int status = mvc.perform(multipart("/api/v1/plans/import").file(file).with(csrf()).with(demo.as("lufeng")))
			.andReturn().getResponse().getStatus();
		assertThat(status).isIn(201, 400);
		assertThat(jdbc.sql("select count(*) from plans.draft where file_name like '%.exe'").query(Long.class).single())
			.isEqualTo(status == 201 ? 1 : 0);
		assertThat(jdbc.sql("select count(*) from plans.draft where strpos(file_name, 'a.txt.exe') = 1")
			.query(Long.class).single()).isEqualTo(status == 201 ? 1 : 0);
	}

	@Test
	void refusesADocxWhoseEntryDeclaresAGibibyteWithTheReadersMessage() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "巨大.docx", null, declaringAGibibyte());
		String problem = body(mvc.perform(multipart("/api/v1/plans/import").file(file).with(csrf())
			.with(demo.as("lufeng"))).andExpect(status().isBadRequest()).andReturn());
		assertThat(problem).contains("「巨大.docx」", "压缩炸弹").doesNotContain("RecordFormatException");
	}

	@Test
	void namesTheFieldAndWhatItTakesWhenAPageFormHoldsAWordInANumber() throws Exception {
		MvcResult result = mvc.perform(post("/beneficiaries/campaigns/1/targets/1/visit").param("money", "500元")
			.header("Referer", "http://localhost/beneficiaries/campaigns/1/outstanding").accept(MediaType.TEXT_HTML)
			.with(csrf()).with(demo.as("lufeng"))).andExpect(status().isBadRequest()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/html");
		assertThat(body(result)).contains("慰问金填写有误", "应填数字", "「500元」", "返回上一页",
				"href=\"/beneficiaries/campaigns/1/outstanding\"").doesNotContain("Failed to convert", "\"detail\"");
	}

	@Test
	void answersTheApiInChineseProblemDetailForAWrongTypeInAParameterOrABody() throws Exception {
		MvcResult parameter = mvc.perform(get("/api/v1/tasks?plan=abc").with(demo.as("lufeng")))
			.andExpect(status().isBadRequest()).andReturn();
		assertThat(parameter.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(parameter)).contains("\"title\":\"请求有误\"", "工作计划填写有误", "应填整数", "「abc」")
			.doesNotContain("Failed to convert");
		String inBody = body(mvc.perform(post("/api/v1/tasks/1/extensions").with(csrf()).with(demo.as("lufeng"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"until\":\"下个月\",\"reason\":\"x\"}"))
			.andExpect(status().isBadRequest()).andReturn());
		assertThat(inBody).contains("截止日期填写有误", "2020-09-30", "「下个月」").doesNotContain("JSON parse error");
	}

	@Test
	void answersAnUnknownAddressWithTheChinesePageToABrowserAndChineseProblemDetailToTheApi() throws Exception {
		MvcResult page = mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML).with(demo.as("lufeng")))
			.andExpect(status().isNotFound()).andReturn();
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
		assertThat(body(page)).contains("页面或记录不存在", "您要找的页面不存在").doesNotContain("No static resource");
		MvcResult api = mvc.perform(get("/api/v1/no-such-list").with(demo.as("lufeng")))
			.andExpect(status().isNotFound()).andReturn();
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(api)).contains("\"title\":\"页面或记录不存在\"", "您要找的页面不存在")
			.doesNotContain("No static resource");
	}

	@Test
	void answersAFailureThatReachesTheContainerInChineseBothWays() throws Exception {
		MvcResult api = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/tasks")).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(500);
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(api)).contains("\"title\":\"系统出错了\"", "未完成本次操作", "\"instance\":\"/api/v1/tasks\"")
			.doesNotContain("Internal Server Error");
		MvcResult page = mvc.perform(get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/plans").accept(MediaType.TEXT_HTML))
			.andReturn();
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
		assertThat(body(page)).contains("系统出错了", "未完成本次操作").doesNotContain("Internal Server Error");
	}

	@Test
	void answersAWrongMethodInChinese() throws Exception {
		String page = body(mvc.perform(post("/").with(csrf()).accept(MediaType.TEXT_HTML).with(demo.as("lufeng")))
			.andExpect(status().isMethodNotAllowed()).andReturn());
		assertThat(page).contains("不支持的操作方式", "请从页面上的按钮或链接办理");
	}

	private static String body(MvcResult result) throws IOException {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A .docx whose document part is stored, its local header then claiming 1 GiB (2^30 bytes). */
	private static byte[] declaringAGibibyte() throws IOException {
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("通知");
			document.write(original);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] data = in.readAllBytes();
				ZipEntry stored = new ZipEntry(entry.getName());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(data.length);
				CRC32 crc = new CRC32();
				crc.update(data);
				stored.setCrc(crc.getValue());
				zip.putNextEntry(stored);
				zip.write(data);
			}
		}
		byte[] bytes = out.toByteArray();
		byte[] name = "word/document.xml".getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 30 + name.length < bytes.length; at++) {
			if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4
					&& Arrays.equals(Arrays.copyOfRange(bytes, at + 30, at + 30 + name.length), name)) {
				bytes[at + 22] = 0;
				bytes[at + 23] = 0;
				bytes[at + 24] = 0;
				bytes[at + 25] = 0x40;
			}
		}
		return bytes;
	}
}

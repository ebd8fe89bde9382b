package cn.shuangyong.accounts;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.AuditRows;
import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county administrator creates the accounts of its townships and villages from one sheet. The sheet goes in whole
 * or not at all, and every problem is named with its row (等保 入侵防范: 数据有效性检验).
 */
@PlatformTest
class AccountImportTests {

	private static final String COUNTY_ADMIN = "lufengadmin";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Test
	void offersATemplateWithTheExpectedHeadings() throws Exception {
		MvcResult result = mvc.perform(get("/accounts/import/template.xlsx").with(demo.as(COUNTY_ADMIN)))
			.andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			List<String> headings = new ArrayList<>();
			Row header = workbook.getSheetAt(0).getRow(0);
			for (Cell cell : header) {
				headings.add(cell.getStringCellValue());
			}
			assertThat(headings).containsExactly("账号", "姓名", "单位", "角色", "手机号码", "电子邮箱", "初始密码");
		}
	}

	@Test
	void createsEveryAccountOfAValidSheet() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		AccountSheet sheet = AccountSheet.withHeadings()
			.valid("imp-jinshan", demo.unitName(Demo.LUFENG_TOWNSHIP_STATION))
			.valid("imp-donghu", demo.unitName(Demo.LUFENG_VILLAGE_STATION))
			.row("imp-office", "禄丰新人", demo.unitName(Demo.LUFENG_OFFICE), "双拥办工作人员", "0878-4123456",
					"new@lufeng.example", "Office#2026x");
		MvcResult result = upload(sheet.bytes()).andExpect(status().isOk()).andReturn();
		assertThat(result.getModelAndView().getModel()).containsEntry("created", 3).containsEntry("problems", List.of());
		assertThat(regionOf("imp-jinshan")).isEqualTo("532302101");
		assertThat(regionOf("imp-donghu")).isEqualTo("532302101001");
		assertThat(regionOf("imp-office")).isEqualTo("532302");
		assertThat(audit.ofType("ACCOUNT_CREATED")).hasSize(3).allMatch(row -> row.actor().equals(COUNTY_ADMIN));
	}

	@Test
	void createsNothingFromASheetWithBadRowsAndNamesEachProblem() throws Exception {
		AuditRows audit = AuditRows.from(jdbc);
		String township = demo.unitName(Demo.LUFENG_TOWNSHIP_STATION);
		AccountSheet sheet = AccountSheet.withHeadings()
			.valid("bad-sheet-ok", township)
			.row("bad-sheet-phone", "号码错", township, "服务站工作人员", "1391234", "", "Good#Pass2026")
			.row("bad-sheet-unit", "单位错", "不存在的服务站", "服务站工作人员", "13912345678", "", "Good#Pass2026")
			.row("bad-sheet-weak", "密码弱", township, "服务站工作人员", "13912345678", "", "password")
			.row("zhan", "重名", township, "服务站工作人员", "13912345678", "", "Good#Pass2026")
			.row("bad-sheet-admin", "管理员", township, "系统管理员", "13912345678", "", "Good#Pass2026")
			.valid("bad-sheet-ok", township)
			.valid("bad-sheet-kunming", demo.unitName(Demo.KUNMING_OFFICE));
		MvcResult result = upload(sheet.bytes()).andExpect(status().isOk()).andReturn();
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) result.getModelAndView().getModel().get("problems");
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("第 3 行：").contains("电话格式不正确"))
			.anySatisfy(p -> assertThat(p).startsWith("第 4 行：").contains("找不到单位“不存在的服务站”"))
			.anySatisfy(p -> assertThat(p).startsWith("第 5 行：").contains("密码"))
			.anySatisfy(p -> assertThat(p).startsWith("第 6 行：").contains("“zhan”已被使用"))
			.anySatisfy(p -> assertThat(p).startsWith("第 7 行：").contains("管理员角色不能批量导入"))
			.anySatisfy(p -> assertThat(p).startsWith("第 8 行：").contains("重复"))
			.anySatisfy(p -> assertThat(p).startsWith("第 9 行：").contains("找不到单位"))
			.noneSatisfy(p -> assertThat(p).startsWith("第 2 行："));
		assertThat(jdbc.sql("select count(*) from accounts.account where username like 'bad-sheet%'").query(Long.class)
			.single()).isZero();
		assertThat(audit.count("ACCOUNT_CREATED")).isZero();
		assertThat(page(result)).contains("第 3 行", "第 9 行");
	}

	@Test
	void refusesWhatIsNotASpreadsheet() throws Exception {
		MvcResult result = upload("账号,姓名\nx,y".getBytes()).andExpect(status().isOk()).andReturn();
		assertThat(result.getModelAndView().getModel().get("problems")).asList().singleElement().asString()
			.contains("无法读取该文件");
	}

	@Test
	void refusesASheetWithoutRows() throws Exception {
		assertThat(page(upload(AccountSheet.withHeadings().bytes()).andReturn())).contains("文件中没有数据行");
	}

	@Test
	void onlyAccountAdministratorsImport() throws Exception {
		byte[] sheet = AccountSheet.withHeadings().valid("imp-forbidden", demo.unitName(Demo.LUFENG_OFFICE)).bytes();
		for (String user : new String[] { "lufeng", "auditor", "secadmin", "lingdao" }) {
			mvc.perform(multipart("/accounts/import").file(new MockMultipartFile("file", "a.xlsx", XLSX, sheet))
				.with(csrf()).with(demo.as(user))).andExpect(status().isForbidden());
		}
		assertThat(regionOrNull("imp-forbidden")).isNull();
	}

	private ResultActions upload(byte[] content) throws Exception {
		return mvc.perform(multipart("/accounts/import").file(new MockMultipartFile("file", "账号.xlsx", XLSX, content))
			.with(csrf()).with(demo.as(COUNTY_ADMIN)));
	}

	private static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String regionOf(String username) {
		return jdbc.sql("select region_code from accounts.account where username = :u").param("u", username)
			.query(String.class).single();
	}

	private String regionOrNull(String username) {
		return jdbc.sql("select region_code from accounts.account where username = :u").param("u", username)
			.query(String.class).optional().orElse(null);
	}
}

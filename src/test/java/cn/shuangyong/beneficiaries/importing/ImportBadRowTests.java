package cn.shuangyong.beneficiaries.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.privacy.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad cells, row by row (security requirements §3 #2–#9, #11, #12, #23, #24, #26, #29, #30): each bad row is
 * refused with a Chinese reason naming its column, and under 全部成功才导入 nothing at all is saved; each accepted
 * odd form is stored normalised. §3 #28 (dates) does not apply: the import has no date column, a birth date comes
 * from the ID number only (#5, #6).
 */
@PlatformTest
// these tests empty the registry, so they get a database of their own rather than the shared demo one
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
class ImportBadRowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	PersonEncoding encoding;

	ImportApiCalls api;

	@BeforeEach
	void emptyRegistry() {
		api = new ImportApiCalls(mvc, jdbc, demo);
		api.emptyRegistry();
	}

	// §3 #2–#4: odd but valid forms of an ID number are accepted and stored normalised

	@Test
	void aLowerCaseXIsStoredAsUpperCase() throws Exception {
		String id = idEndingInX();
		assertThat(storedIdOf(id.toLowerCase())).isEqualTo(id);
	}

	@Test
	void fullWidthDigitsAndXAreStoredHalfWidth() throws Exception {
		String id = idEndingInX();
		assertThat(storedIdOf(fullWidth(id))).isEqualTo(id);
	}

	@Test
	void spacesZeroWidthAndIdeographicSpacesInAnIdAreIgnored() throws Exception {
		String id = ImportFiles.id(7);
		assertThat(storedIdOf(id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14))).isEqualTo(id);
		api.emptyRegistry();
		assertThat(storedIdOf("\u200B" + id)).isEqualTo(id);
		api.emptyRegistry();
		assertThat(storedIdOf("\u3000" + id + "\u3000")).isEqualTo(id);
	}

	@Test
	void anyOtherCharacterInAnIdIsIllegal() throws Exception {
		String id = ImportFiles.id(7);
		assertThat(refusedId(id.substring(0, 10) + "-" + id.substring(11))).contains("含有非法字符“-”（第 11 位）");
	}

	// §3 #5–#9: IDs that are refused, each with its reason

	@Test
	void february29thOf1900IsNotADate() throws Exception {
		assertThat(refusedId(ImportFiles.id("53230219000229008"))).contains("出生日期 19000229 不是有效日期");
	}

	@Test
	void aBirthDateInTheFutureIsRefused() throws Exception {
		assertThat(refusedId(ImportFiles.id("53230220991231001"))).contains("出生日期 20991231 在未来");
	}

	@Test
	void aFifteenDigitLegacyNumberMustBeConverted() throws Exception {
		assertThat(refusedId("532302600307451")).contains("15 位的旧身份证号，请转换为 18 位");
	}

	@Test
	void anIdStoredAsANumberInExcelIsRefusedNotConverted() throws Exception {
		List<List<Object>> rows = ImportFiles.table(ImportFiles.csv(1, 2).split("\n"));
		String id = ImportFiles.id(2);
		assertThat(id).doesNotEndWith("X");
		rows.get(2).set(1, Double.valueOf(id));
		JsonNode job = api.imported("number.xlsx", ImportFiles.xlsx(rows), null);
		assertThat(problemOfRow(job, 3)).contains("必须为文本格式");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void anIdAsExcelShowsANumberInACsvIsRefused() throws Exception {
		assertThat(refusedId("5.32302E+17")).contains("身份证号必须为文本格式");
	}

	@Test
	void anUnknownProvinceCodeIsRefusedAndAnUnknownCountyWarned() throws Exception {
		assertThat(refusedId(ImportFiles.id("99999919900307451"))).contains("前两位 99 不是有效的省级行政区划代码");
		api.emptyRegistry();
		String unknownCounty = ImportFiles.id("53999919900307451");
		JsonNode job = api.imported("county.csv", csvWithId(unknownCounty), null);
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("warned").asInt()).isEqualTo(1);
		assertThat(api.problems(job)).singleElement().satisfies(p -> {
			assertThat(p.get("severity")).isEqualTo("WARNING");
			assertThat(p.get("reason").toString()).contains("539999");
		});
	}

	// §3 #11: formula-looking text is text

	@Test
	void formulaInjectionTextIsStoredVerbatimAndTheReportWritesItAsText() throws Exception {
		List<String> names = List.of("=cmd|'/c calc'!A1", "+SUM(1;2)", "-2+3", "@HYPERLINK(\"http://x\";\"y\")", "\t=1+1",
				"\r=1");
		StringBuilder file = new StringBuilder(ImportFiles.HEADER);
		for (int i = 0; i < names.size(); i++) {
			file.append('\n').append(ImportFiles.row(i + 1).replace("测试" + (i + 1), names.get(i)));
		}
		file.append('\n').append(ImportFiles.row(9).replace("测试9", "=1+2").replace(ImportFiles.id(9), "1"));
		JsonNode job = api.imported("injection.xlsx", BadImportFiles.xlsxText(List.of(file.toString().split("\n"))),
				"VALID_ROWS");
		assertThat(job.get("imported").asInt()).isEqualTo(names.size());
		assertThat(jdbc.sql("select name from beneficiaries.person order by name").query(String.class).list())
			.containsExactlyInAnyOrder("=cmd|'/c calc'!A1", "+SUM(1;2)", "-2+3", "@HYPERLINK(\"http://x\";\"y\")", "=1+1",
					"=1");
		var report = ImportReportTests.download(mvc, demo, job.get("id").asLong());
		var line = report.getSheet("逐行结果").getRow(1);
		assertThat(line.getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
		assertThat(line.getCell(5).getStringCellValue()).isEqualTo("=1+2");
	}

	// §3 #12: formulas are never evaluated

	@Test
	void aFormulaInTheIdColumnIsARowErrorEvenWithACachedValue() throws Exception {
		byte[] file = BadImportFiles.xlsxWithCachedFormula(1, "WEBSERVICE(\"http://x/\")", ImportFiles.id(1));
		JsonNode job = api.imported("formula.xlsx", file, null);
		assertThat(problemOfRow(job, 2)).contains("公民身份号码是公式，导入不计算公式");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void aFormulaInThePhoneColumnIsARowError() throws Exception {
		byte[] file = BadImportFiles.xlsxWithCachedFormula(4, "HYPERLINK(\"tel:13800000001\")", "13800000001");
		assertThat(problemOfRow(api.imported("phone.xlsx", file, null), 2)).contains("联系电话是公式");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void aFormulaSavedWithoutItsValueIsNamedAFormulaNotBlank() throws Exception {
		List<List<Object>> rows = ImportFiles.table(ImportFiles.csv(1, 1).split("\n"));
		rows.get(1).set(1, "=A1&\"\"");
		assertThat(problemOfRow(api.imported("nocache.xlsx", ImportFiles.xlsx(rows), null), 2)).contains("是公式")
			.doesNotContain("为空");
	}

	// §3 #23, #24: width variants and rare characters

	@Test
	void fullWidthAndHalfWidthForms_ofOneIdAreDuplicates() throws Exception {
		String file = ImportFiles.csv(1, 2) + ImportFiles.row(1).replace(ImportFiles.id(1), fullWidth(ImportFiles.id(1)))
			.replace("测试1", "测试一") + "\n";
		JsonNode job = api.imported("dup.csv", ImportFiles.bytes(file), null);
		assertThat(api.problems(job)).extracting(p -> p.get("row_no")).containsExactly(2, 4);
		assertThat(api.problems(job)).allSatisfy(p -> assertThat(p.get("reason").toString()).startsWith("文件内重复"));
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void aNameIsShownAsEnteredAndMatchedByOneKindOfMiddleDot() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", "  阿依古丽•买买提 ") + "\n"
				+ ImportFiles.row(2).replace("测试2", "Ａｂｃ（一）") + "\n";
		api.imported("names.csv", ImportFiles.bytes(file), null);
		assertThat(jdbc.sql("select name || '|' || name_key from beneficiaries.person order by name")
			.query(String.class).list()).containsExactlyInAnyOrder("Ａｂｃ（一）|Abc(一)", "阿依古丽•买买提|阿依古丽·买买提");
	}

	@Test
	void rareCharactersRoundTripAndLengthsCountCharactersNotUtf16Units() throws Exception {
		String fifty = "𠮷".repeat(50);
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", "䶮𠮷") + "\n"
				+ ImportFiles.row(2).replace("测试2", fifty) + "\n";
		api.imported("rare.csv", ImportFiles.bytes(file), null);
		assertThat(jdbc.sql("select name from beneficiaries.person order by id").query(String.class).list())
			.containsExactly("䶮𠮷", fifty);
		api.emptyRegistry();
		String tooLong = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", fifty + "𠮷") + "\n";
		assertThat(problemOfRow(api.imported("long.csv", ImportFiles.bytes(tooLong), null), 2))
			.contains("姓名超过 50 个字（实际 51 个）");
	}

	// §3 #26: phones

	@Test
	void phonesAreNormalised() throws Exception {
		List<String> phones = List.of("+86 138-0013-8000", "１３８００１３８００１", "010-62345678", "(0871)6543210");
		StringBuilder file = new StringBuilder(ImportFiles.HEADER);
		for (int i = 0; i < phones.size(); i++) {
			file.append('\n').append(ImportFiles.row(i + 1).replace("138" + String.format("%08d", i + 1), phones.get(i)));
		}
		JsonNode job = api.imported("phones.csv", ImportFiles.bytes(file.append('\n').toString()), null);
		assertThat(job.get("status").asString()).as(job + " " + api.problems(job)).isEqualTo("DONE");
		List<Map<String, Object>> people = jdbc.sql("select id, phone_cipher from beneficiaries.person order by name")
			.query().listOfRows();
		assertThat(people).extracting(p -> encoding.decrypt(((Number) p.get("id")).longValue(),
				PersonEncoding.Column.PHONE, p.get("phone_cipher").toString()))
			.containsExactly("13800138000", "13800138001", "010-62345678", "0871-6543210");
	}

	@Test
	void aTenDigitMobileIsARowError() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("13800000001", "1380013800") + "\n";
		assertThat(problemOfRow(api.imported("phone.csv", ImportFiles.bytes(file), null), 2))
			.contains("手机号码应为 11 位，实际为 10 位");
		assertThat(api.nothingSaved()).isTrue();
	}

	// §3 #29, #30: control characters and over-long fields

	@Test
	void nulAndControlCharactersAreIllegalWhereverTheyStand() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", "张\u0000三") + "\n"
				+ ImportFiles.row(2).replace("测试2", "李\u0008四") + "\n"
				+ ImportFiles.row(3).replace("退伍军人", "退伍\u0000军人") + "\n"
				+ ImportFiles.row(4).replace(ImportFiles.VILLAGE, "5323\u00001") + "\n";
		JsonNode job = api.imported("nul.csv", ImportFiles.bytes(file), null);
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("rejected").asInt()).isEqualTo(4);
		assertThat(problemOfRow(job, 2)).contains("姓名含有非法字符“U+0000”");
		assertThat(problemOfRow(job, 3)).contains("姓名含有非法字符“U+0008”");
		assertThat(problemOfRow(job, 4)).contains("U+0000").doesNotContain("\u0000");
		assertThat(problemOfRow(job, 5)).contains("U+0000").doesNotContain("\u0000");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void overLongFieldsAreRefusedWithTheirLimit() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", "名".repeat(10_000)) + "\n"
				+ ImportFiles.row(2).replace("董户村2号", "地".repeat(10_000)) + "\n";
		JsonNode job = api.imported("long.csv", ImportFiles.bytes(file), null);
		assertThat(problemOfRow(job, 2)).contains("姓名超过 50 个字（实际 10000 个）");
		assertThat(problemOfRow(job, 3)).contains("现住址超过 150 个字（实际 10");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void aMegabyteCellStopsTheFileWithoutReadingItAll() throws Exception {
		String file = ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace("测试1", "名".repeat(1024 * 1024)) + "\n";
		JsonNode job = api.imported("huge.csv", ImportFiles.bytes(file), null);
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("message").asString()).contains("超过 100000 个字符");
		assertThat(api.nothingSaved()).isTrue();
	}

	// helpers

	/** The ID as stored, after importing one row with this text in the ID column. */
	private String storedIdOf(String idText) throws Exception {
		JsonNode job = api.imported("id.csv", csvWithId(idText), null);
		assertThat(job.get("status").asString()).as(api.problems(job).toString()).isEqualTo("DONE");
		Map<String, Object> person = jdbc.sql("select id, id_cipher, id_lookup from beneficiaries.person").query()
			.singleRow();
		String stored = encoding.decrypt(((Number) person.get("id")).longValue(), PersonEncoding.Column.ID_NUMBER,
				person.get("id_cipher").toString());
		assertThat(person.get("id_lookup")).isEqualTo(encoding.idLookup(new IdNumber(stored)));
		return stored;
	}

	/** The reasons given for a file of one good row and one row with this ID, of which nothing may be saved. */
	private String refusedId(String idText) throws Exception {
		String file = ImportFiles.csv(1, 1) + ImportFiles.row(2).replace(ImportFiles.id(2), idText) + "\n";
		JsonNode job = api.imported("id.csv", ImportFiles.bytes(file), null);
		assertThat(job.get("status").asString()).isEqualTo("FAILED");
		assertThat(job.get("rejected").asInt()).isEqualTo(1);
		assertThat(api.nothingSaved()).isTrue();
		return problemOfRow(job, 3);
	}

	private String problemOfRow(JsonNode job, int row) {
		List<Map<String, Object>> problems = api.problems(job).stream()
			.filter(p -> ((Number) p.get("row_no")).intValue() == row).toList();
		assertThat(problems).as("第 %d 行应有问题", row).isNotEmpty();
		return problems.stream().map(p -> p.get("column_name") + "：" + p.get("reason")).reduce((a, b) -> a + "；" + b)
			.orElseThrow();
	}

	private static byte[] csvWithId(String idText) {
		return (ImportFiles.HEADER + "\n" + ImportFiles.row(1).replace(ImportFiles.id(1), idText) + "\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static String idEndingInX() {
		for (int n = 1;; n++) {
			if (ImportFiles.id(n).endsWith("X")) {
				return ImportFiles.id(n);
			}
		}
	}

	static String fullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append((char) (c >= '!' && c <= '~' ? c - '!' + '！' : c)));
		return out.toString();
	}
}

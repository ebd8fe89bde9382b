package cn.shuangyong.beneficiaries.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for tests: rows of people of 禄丰市 with valid ID numbers, as CSV or .xlsx. */
final class ImportFiles {

	static final String HEADER = "姓名,公民身份号码,优抚类别,行政区划代码,联系电话,现住址";

	/** 董户村社区, 金山镇, 禄丰市: in the demo account lufeng's scope (532302). */
	static final String VILLAGE = "532302101001";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private ImportFiles() {
	}

	static String id(String body17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body17.charAt(i) - '0') * WEIGHTS[i];
		}
		return body17 + "10X98765432".charAt(sum % 11);
	}

	/** The n-th test person's number: 禄丰市, born in 1960 + n / 300 … , unique for n below 300,000. */
	static String id(int n) {
		return id(String.format("532302%d%02d%02d%03d", 1950 + n / 3000 % 60, 1 + n / 250 % 12, 1 + n % 25, n % 997));
	}

	static String row(int n) {
		return "测试" + n + "," + id(n) + ",退伍军人," + VILLAGE + ",138" + String.format("%08d", n)
				+ ",云南省楚雄彝族自治州禄丰市金山镇董户村" + n + "号";
	}

	static String csv(int from, int count) {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int n = from; n < from + count; n++) {
			text.append(row(n)).append('\n');
		}
		return text.toString();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] bytes(String text, Charset charset) {
		return text.getBytes(charset);
	}

	/** An .xlsx whose cells are given as Objects: a String is a text cell, a Double a number, "=…" a formula. */
	static byte[] xlsx(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("优抚对象");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
					else if (value instanceof String text && text.startsWith("=")) {
						row.createCell(c).setCellFormula(text.substring(1));
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static List<List<Object>> table(String... csvLines) {
		List<List<Object>> rows = new ArrayList<>();
		for (String line : csvLines) {
			rows.add(new ArrayList<>(List.of((Object[]) line.split(",", -1))));
		}
		return rows;
	}
}

package cn.shuangyong.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An account sheet as a county administrator fills it in: the template's headings, then one row per account. */
final class AccountSheet {

	private final List<List<String>> rows = new ArrayList<>();

	static AccountSheet withHeadings() {
		return new AccountSheet();
	}

	/** A row that passes every check, for the unit given by name. */
	AccountSheet valid(String username, String unitName) {
		return row(username, "新同志", unitName, "服务站工作人员", "13912345678", "", "Good#Pass2026");
	}

	/** A row in the order of {@link AccountImport#COLUMNS}: 账号, 姓名, 单位, 角色, 手机号码, 电子邮箱, 初始密码. */
	AccountSheet row(String... values) {
		rows.add(List.of(values));
		return this;
	}

	byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("账号");
			write(sheet.createRow(0), AccountImport.COLUMNS);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), rows.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}
}

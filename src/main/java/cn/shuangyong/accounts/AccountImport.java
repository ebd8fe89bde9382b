package cn.shuangyong.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of accounts from an .xlsx sheet, as a county administrator does for its townships and villages. The
 * sheet is checked whole first; if any row is wrong nothing is created, and every problem is named with its row.
 */
@Service
public class AccountImport {

	static final List<String> COLUMNS = List.of("账号", "姓名", "单位", "角色", "手机号码", "电子邮箱", "初始密码");

	private static final long MAX_BYTES = 2 * 1024 * 1024;

	private final AccountAdministration administration;

	private final UnitChoice units;

	AccountImport(AccountAdministration administration, UnitChoice units) {
		this.administration = administration;
		this.units = units;
	}

	/** Creates every account of the sheet, or none; returns how many were created. */
	@Transactional
	public int importSheet(byte[] content, SignedInUser by) {
		if (content.length == 0) {
			throw new InvalidInputException("上传的文件是空的");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("文件超过 2 MB，请分批导入");
		}
		List<Numbered> rows = read(content);
		if (rows.isEmpty()) {
			throw new InvalidInputException("文件中没有数据行");
		}
		List<String> problems = new ArrayList<>();
		List<CreateAccount> commands = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Numbered row : rows) {
			List<String> rowProblems = new ArrayList<>();
			CreateAccount command = command(row, by, rowProblems);
			rowProblems.addAll(administration.problemsOf(command));
			String key = UsernameKey.of(command.username());
			if (!key.isEmpty() && !seen.add(key)) {
				rowProblems.add("账号“" + command.username() + "”在文件中重复");
			}
			rowProblems.forEach(p -> problems.add("第 " + row.number() + " 行：" + p));
			commands.add(command);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// every row was checked above; a failure here (a name taken meanwhile) still rolls the whole sheet back
		for (int i = 0; i < commands.size(); i++) {
			try {
				administration.create(commands.get(i), by);
			}
			catch (InvalidInputException e) {
				int number = rows.get(i).number();
				throw new InvalidInputException(e.problems().stream().map(p -> "第 " + number + " 行：" + p).toList());
			}
			catch (cn.shuangyong.shared.ConflictException | cn.shuangyong.shared.NotFoundException e) {
				throw new InvalidInputException("第 " + rows.get(i).number() + " 行：" + e.getMessage());
			}
		}
		return commands.size();
	}

	/**
	 * The row as a command, adding the problems of its role and unit. An unknown role is checked no further than
	 * its name, so the row's other cells are still checked as if it were a station worker's.
	 */
	private CreateAccount command(Numbered row, SignedInUser by, List<String> problems) {
		Map<String, String> v = row.values();
		Role role = Role.STATION_STAFF;
		try {
			role = roleNamed(v.get("角色"));
			if (role.administrator()) {
				problems.add("管理员角色不能批量导入，请由安全管理员逐个授予");
			}
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		long unitId = 0;
		try {
			unitId = units.resolve(v.get("单位"), by, "").id().value();
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		return new CreateAccount(v.get("账号"), v.get("姓名"), unitId, role, v.get("手机号码"), v.get("电子邮箱"),
				v.get("初始密码"));
	}

	private static Role roleNamed(String label) {
		for (Role role : Role.values()) {
			if (role.label().equals(label == null ? "" : label.strip()) || role.name().equalsIgnoreCase(label)) {
				return role;
			}
		}
		throw new InvalidInputException("角色“" + label + "”不存在，可填：双拥办工作人员、成员单位联络员、服务站工作人员、领导（只读）");
	}

	private static List<Numbered> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			Map<String, Integer> columns = new HashMap<>();
			if (header != null) {
				header.forEach(cell -> columns.put(format.formatCellValue(cell).strip(), cell.getColumnIndex()));
			}
			List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new InvalidInputException("表头缺少列：" + String.join("、", missing) + "（请使用下载的模板）");
			}
			List<Numbered> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (String column : COLUMNS) {
					Cell cell = row.getCell(columns.get(column));
					values.put(column, cell == null ? "" : format.formatCellValue(cell).strip());
				}
				if (values.values().stream().allMatch(String::isEmpty)) {
					continue;
				}
				rows.add(new Numbered(r + 1, values));
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("无法读取该文件：请上传 Excel .xlsx 格式的账号表（可先下载模板）");
		}
	}

	/** An empty sheet with the expected headings and one example row. */
	public static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("账号");
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
				sheet.setColumnWidth(i, 20 * 256);
			}
			Row example = sheet.createRow(1);
			List<String> values = List.of("zhangsan", "张三", "某某镇退役军人服务站", "服务站工作人员", "13800000000",
					"", "Chang3@Mima");
			for (int i = 0; i < values.size(); i++) {
				example.createCell(i).setCellValue(values.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("生成模板失败", e);
		}
	}

	private record Numbered(int number, Map<String, String> values) {
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The row-by-row report of an import, as .xlsx: a summary, then each problem and warning with its sheet, row, column
 * and reason in Chinese. Written with SXSSF (100 rows in memory) and every cell a string, never a formula, so a name
 * such as =cmd|'/c calc'!A1 stays text (security requirements §3 #11). ID numbers appear masked only.
 */
@Service
public class ImportReport {

	static final List<String> HEADINGS = List.of("工作表", "行号", "列", "结果", "原因", "姓名", "公民身份号码（已遮蔽）");

	private final JdbcClient jdbc;

	private final BeneficiaryImports imports;

	private final AuditTrail audit;

	ImportReport(JdbcClient jdbc, BeneficiaryImports imports, AuditTrail audit) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.audit = audit;
	}

	/**
	 * One page of a job's problems, in row order. A problem has no id: every column it shows is a sort key, so two
	 * rows that tie are the same line and pages still neither overlap nor skip what a reader can tell apart.
	 */
	@Transactional(readOnly = true)
	public ListPage<Line> lines(long jobId, CurrentUser by, Paging paging) {
		imports.job(jobId, by);
		long total = jdbc.sql("select count(*) from beneficiaries.import_problem where job_id = :job")
			.param("job", jobId).query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql("""
				select sheet, row_no, column_name, severity, reason, person_name, id_masked from beneficiaries.import_problem
				where job_id = :job
				order by row_no, severity, sheet, column_name, reason, person_name, id_masked""" + Paging.SQL))
			.param("job", jobId).query(Line.class).list(), total);
	}

	@Transactional
	public void write(long jobId, CurrentUser by, OutputStream out) throws IOException {
		ImportJob job = imports.job(jobId, by);
		long problems = jdbc.sql("select count(*) from beneficiaries.import_problem where job_id = :job")
			.param("job", jobId).query(Long.class).single();
		audit.exported(by, "BENEFICIARY_IMPORT_REPORT", AuditTarget.of("BENEFICIARY_IMPORT", jobId), problems,
				"下载导入报告（文件“" + job.fileName() + "”）");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			workbook.setCompressTempFiles(true);
			Sheet summary = workbook.createSheet("汇总");
			String[][] lines = { { "文件", job.fileName() }, { "导入方式", job.mode().label() },
					{ "结果", job.status() == ImportStatus.DONE ? "已完成" : job.status() == ImportStatus.FAILED ? "未导入" : "进行中" },
					{ "读取行数", Integer.toString(job.total()) }, { "导入人数", Integer.toString(job.imported()) },
					{ "未导入行数", Integer.toString(job.rejected()) }, { "有提醒的行数", Integer.toString(job.warned()) },
					{ "说明", job.message() == null ? "" : job.message() } };
			for (int i = 0; i < lines.length; i++) {
				Row row = summary.createRow(i);
				row.createCell(0).setCellValue(lines[i][0]);
				row.createCell(1).setCellValue(lines[i][1]);
			}
			Sheet sheet = workbook.createSheet("逐行结果");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADINGS.size(); i++) {
				header.createCell(i).setCellValue(HEADINGS.get(i));
			}
			int[] next = { 1 };
			jdbc.sql("""
					select sheet, row_no, column_name, severity, reason, person_name, id_masked
					from beneficiaries.import_problem where job_id = :job order by row_no, severity, column_name""")
				.param("job", jobId)
				.query(rs -> {
					Row row = sheet.createRow(next[0]++);
					String[] cells = { rs.getString(1), Integer.toString(rs.getInt(2)), nullToEmpty(rs.getString(3)),
							"ERROR".equals(rs.getString(4)) ? "未导入" : "提醒", rs.getString(5),
							nullToEmpty(rs.getString(6)), nullToEmpty(rs.getString(7)) };
					for (int i = 0; i < cells.length; i++) {
						row.createCell(i).setCellValue(cells[i]);
					}
				});
			workbook.write(out);
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** One line of the report. */
	public record Line(String sheet, int rowNo, String columnName, String severity, String reason, String personName,
			String idMasked) {

		public boolean error() {
			return "ERROR".equals(severity);
		}
	}
}

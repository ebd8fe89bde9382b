package cn.shuangyong.publicity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * A plan's publicity quotas as .xlsx, the table the office sends round: one row per region, item and kind, with the
 * quota, the accepted works and how many are still missing as numbers. Texts stay text, so nothing becomes a formula.
 * Each download is audited.
 */
@Service
public class QuotaWorkbook {

	private static final String[] COLUMNS = { "序号", "地区", "条目", "作品类型", "指标", "指标数", "已采用", "尚缺", "是否达标" };

	private final Quotas quotas;

	private final WorkPlans plans;

	private final AuditTrail audit;

	QuotaWorkbook(Quotas quotas, WorkPlans plans, AuditTrail audit) {
		this.quotas = quotas;
		this.plans = plans;
		this.audit = audit;
	}

	/** The plan's title, for the file's name. */
	public String title(long planId, CurrentUser by) {
		return plans.visibleTo(by).stream().filter(p -> p.id() == planId).map(PlanSummary::title).findFirst()
			.orElseThrow(() -> new NotFoundException("工作要点不存在"));
	}

	public byte[] xlsx(long planId, CurrentUser by) {
		List<QuotaLine> lines = quotas.ofPlan(planId, by);
		String title = title(planId, by);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("宣传指标完成情况");
			CellStyle head = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			head.setFont(bold);
			head.setBorderBottom(BorderStyle.THIN);
			sheet.createRow(0).createCell(0).setCellValue(title + " 宣传指标完成情况");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
			Row header = sheet.createRow(1);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(COLUMNS[i]);
				header.getCell(i).setCellStyle(head);
			}
			int r = 2;
			for (QuotaLine line : lines) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 1);
				row.createCell(1).setCellValue(line.regionName());
				row.createCell(2).setCellValue("第" + line.itemNo() + "条");
				row.createCell(3).setCellValue(line.kind().name());
				row.createCell(4).setCellValue(line.target());
				row.createCell(5).setCellValue(line.quota());
				row.createCell(6).setCellValue(line.accepted());
				row.createCell(7).setCellValue(line.shortBy());
				row.createCell(8).setCellValue(line.met() ? "达标" : "未达标");
				r++;
			}
			sheet.createFreezePane(0, 2);
			int[] widths = { 6, 22, 8, 14, 24, 8, 8, 8, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
			book.write(out);
			audit.exported(by, "PUBLICITY_QUOTAS_EXPORTED", AuditTarget.of("PLAN", planId), lines.size(),
					"导出宣传指标完成情况（xlsx）");
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

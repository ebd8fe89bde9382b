package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.ListDocument;

/**
 * The one-page summary (汇总表) of an approved roll that the county office signs and sends with the bank's file to
 * the finance office: the totals by what is paid (残疾抚恤金 by nature, each category), what is still owed back, and
 * the lines to sign. It names no person.
 */
final class RollSummary {

	/** The totals of the lines of one kind: its name, the number of lines and their amounts. */
	record KindTotals(String kind, long lines, BigDecimal regular, BigDecimal arrears, BigDecimal recovered,
			BigDecimal stillOwed) {

		BigDecimal total() {
			return regular.add(arrears).subtract(recovered);
		}
	}

	private static final List<String> HEADERS = List.of("项目", "人次", "本月应发（元）", "补发（元）", "扣回（元）", "实发（元）");

	private RollSummary() {
	}

	static ListDocument of(String countyName, PaymentRoll roll, LocalDate approvedOn, List<KindTotals> kinds,
			String watermark) {
		List<List<String>> rows = new ArrayList<>();
		BigDecimal owed = BigDecimal.ZERO;
		for (KindTotals k : kinds) {
			rows.add(List.of(k.kind(), String.valueOf(k.lines()), money(k.regular()), money(k.arrears()),
					money(k.recovered()), money(k.total())));
			owed = owed.add(k.stillOwed());
		}
		RollTotals t = roll.totals();
		rows.add(List.of("合计", String.valueOf(t.lines()), money(t.regular()), money(t.arrears()), money(t.recovered()),
				money(t.total())));
		List<ListDocument.Section> sections = new ArrayList<>();
		sections.add(new ListDocument.Section("一、发放金额", Block.table(HEADERS, rows), "（本月无发放）"));
		sections.add(new ListDocument.Section("二、多发待扣回",
				Block.table(List.of("事项", "金额（元）"), List.of(List.of("多发尚未扣回，结转以后月份扣回或登记追缴", money(owed)))),
				"（无）"));
		sections.add(new ListDocument.Section("三、审核签字",
				Block.table(List.of("制表人", "审核人", "单位负责人", "单位（盖章）"), List.of(List.of("", "", "", ""))), "",
				true));
		String title = countyName + roll.month().getYear() + "年" + roll.month().getMonthValue() + "月抚恤补助金发放汇总表";
		String subtitle = "花名册已于 " + approvedOn + " 审批　实发合计 " + money(t.total()) + " 元（大写：" + Capitals.of(t.total())
				+ "）";
		return new ListDocument(title, subtitle, sections, watermark);
	}

	static String money(BigDecimal amount) {
		return new DecimalFormat("#,##0.00").format(amount);
	}
}

package cn.shuangyong.stations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.TableWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The 五有 table of a region as .xlsx: one row per office, centre or station with a record in scope (those short of
 * the standard first, like the page), each criterion as 是/否, what is missing, the evidence, the date checked and
 * whether an office above confirmed it. Read through the same scoped query as the page; each download is audited.
 */
@Service
public class FiveHasWorkbook {

	static final int MAX_ROWS = 50_000;

	private static final List<String> COLUMNS = List.of("序号", "单位", "行政区划代码", "层级", "有机构", "有编制", "有人员",
			"有经费", "有保障", "缺少", "佐证", "核查日期", "是否确认");

	private final FiveHasQueries queries;

	private final AuditTrail audit;

	private final MessageSource messages;

	FiveHasWorkbook(FiveHasQueries queries, AuditTrail audit, MessageSource messages) {
		this.queries = queries;
		this.audit = audit;
		this.messages = messages;
	}

	public byte[] xlsx(String region, boolean shortOnly, CurrentUser by) {
		List<FiveHasRecord> records = new ArrayList<>();
		ListPage<FiveHasRecord> page;
		int n = 0;
		do {
			page = queries.page(region, shortOnly, new Paging(n++, Paging.MAX_SIZE), by);
			records.addAll(page.content());
		}
		while (page.hasNext() && records.size() < MAX_ROWS);
		List<List<Object>> rows = new ArrayList<>();
		for (FiveHasRecord r : records) {
			FiveHas c = r.criteria();
			rows.add(Arrays.asList(rows.size() + 1, r.unitName(), r.regionCode(), messages.getMessage(r.level().messageKey(), null, Locale.SIMPLIFIED_CHINESE), yes(c.organisation()),
					yes(c.posts()), yes(c.staff()), yes(c.funds()), yes(c.support()),
					c.complete() ? "五有齐全" : String.join("、", c.missing()), r.evidence(), r.checkedOn().toString(),
					r.confirmed() ? "已确认" : "待确认"));
		}
		byte[] xlsx = TableWorkbook.of("五有", "“五有”情况（共 " + rows.size() + " 个单位）", COLUMNS,
				new int[] { 6, 30, 14, 8, 8, 8, 8, 8, 8, 24, 40, 12, 10 }, rows);
		audit.exported(by, "FIVE_HAS_EXPORTED", AuditTarget.of("REGION", region == null ? by.regionCode() : region),
				rows.size(), "导出“五有”情况（xlsx）");
		return xlsx;
	}

	private static String yes(boolean met) {
		return met ? "是" : "否";
	}
}

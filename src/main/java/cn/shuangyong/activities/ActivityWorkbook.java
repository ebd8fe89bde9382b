package cn.shuangyong.activities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.TableWorkbook;
import org.springframework.stereotype.Service;

/**
 * The activities a user may see, with the list's filters (kind, region), as .xlsx: one row per activity with its
 * state, kind, date, place, organiser, participating units, troops, people, gifts and value, and links. Read through
 * the same scoped query as the list; each download is audited.
 */
@Service
public class ActivityWorkbook {

	static final int MAX_ROWS = 20_000;

	private static final List<String> COLUMNS = List.of("序号", "活动名称", "活动类型", "状态", "活动日期", "地点", "组织单位",
			"参加单位", "慰问部队", "参加人数", "慰问物品", "慰问金额（元）", "照片或报道链接");

	private static final Map<String, String> STATES = Map.of("PLANNED", "计划中", "REPORTED", "已报告待验收", "HELD",
			"已举办");

	private final ActivityQueries queries;

	private final AuditTrail audit;

	ActivityWorkbook(ActivityQueries queries, AuditTrail audit) {
		this.queries = queries;
		this.audit = audit;
	}

	public byte[] xlsx(String kind, String region, CurrentUser by) {
		List<Activity> activities = new ArrayList<>();
		ListPage<Activity> page;
		int n = 0;
		do {
			page = queries.page(kind, region, new Paging(n++, Paging.MAX_SIZE), by);
			activities.addAll(page.content());
		}
		while (page.hasNext() && activities.size() < MAX_ROWS);
		List<List<Object>> rows = new ArrayList<>();
		for (Activity a : activities) {
			rows.add(Arrays.asList(rows.size() + 1, a.title(), a.kind().name(), STATES.getOrDefault(a.state(), ""),
					a.heldOn().toString(), a.place(), a.organiser(), String.join("、", a.participatingUnits()),
					a.troops(), a.participants(), a.gifts(), a.giftValue(), String.join("\n", a.links())));
		}
		byte[] xlsx = TableWorkbook.of("双拥活动", "双拥活动（共 " + rows.size() + " 项）", COLUMNS,
				new int[] { 6, 36, 12, 12, 12, 20, 22, 36, 24, 10, 30, 14, 40 }, rows);
		audit.exported(by, "ACTIVITIES_EXPORTED", AuditTarget.of("REGION", region == null ? by.regionCode() : region),
				rows.size(), "导出双拥活动（xlsx）");
		return xlsx;
	}
}

package cn.shuangyong.publicity;

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
 * The works a user may see, with the list's filters (plan item, region, state), as .xlsx: one row per work with its
 * kind, author unit, medium, date, item, link or file, state and where it was sent on. Read through the same scoped
 * query as the list; each download is audited.
 */
@Service
public class WorkWorkbook {

	static final int MAX_ROWS = 20_000;

	private static final List<String> COLUMNS = List.of("序号", "作品标题", "作品类型", "报送单位", "刊播媒体", "刊播日期",
			"对应条目", "链接", "文件", "审核状态", "退回理由", "上报渠道", "上报结果");

	private final WorkQueries queries;

	private final AuditTrail audit;

	private final MessageSource messages;

	WorkWorkbook(WorkQueries queries, AuditTrail audit, MessageSource messages) {
		this.queries = queries;
		this.audit = audit;
		this.messages = messages;
	}

	public byte[] xlsx(Long itemId, String region, WorkState state, CurrentUser by) {
		List<WorkView> works = new ArrayList<>();
		ListPage<WorkView> page;
		int n = 0;
		do {
			page = queries.page(itemId, region, state, new Paging(n++, Paging.MAX_SIZE), by);
			works.addAll(page.content());
		}
		while (page.hasNext() && works.size() < MAX_ROWS);
		List<List<Object>> rows = new ArrayList<>();
		for (WorkView v : works) {
			Work w = v.work();
			rows.add(Arrays.asList(rows.size() + 1, w.title(), w.kind().name(), v.authorName(), w.medium(),
					w.publishedOn().toString(), v.itemLabel(), w.link() == null ? "" : w.link(),
					w.file() == null ? "" : w.file().name(),
					messages.getMessage(w.state().messageKey(), null, Locale.SIMPLIFIED_CHINESE),
					w.returnReason() == null ? "" : w.returnReason(), w.national() == null ? "" : w.national(),
					w.nationalOutcome() == null ? "" : w.nationalOutcome()));
		}
		byte[] xlsx = TableWorkbook.of("宣传作品", "宣传作品（共 " + rows.size() + " 件）", COLUMNS,
				new int[] { 6, 36, 12, 22, 20, 12, 30, 36, 24, 10, 24, 20, 16 }, rows);
		audit.exported(by, "PUBLICITY_WORKS_EXPORTED", AuditTarget.of("REGION", region == null ? by.regionCode() : region),
				rows.size(), "导出宣传作品（xlsx）");
		return xlsx;
	}
}

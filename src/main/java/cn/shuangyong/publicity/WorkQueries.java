package cn.shuangyong.publicity;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the works a user may see: those whose author unit lies in their data scope (otherwise 404), with the
 * author's name from the directory and the item's number from the plan.
 */
@Service
@Transactional(readOnly = true)
public class WorkQueries {

	private final WorkStore store;

	private final Directory directory;

	private final WorkPlans plans;

	WorkQueries(WorkStore store, Directory directory, WorkPlans plans) {
		this.store = store;
		this.directory = directory;
		this.plans = plans;
	}

	public ListPage<WorkView> page(Long itemId, String region, WorkState state, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<Work> rows = store.page(by.scope(), itemId, region, state, paging);
		Map<Long, String> names = directory.units(rows.content().stream().map(w -> new UnitId(w.authorUnitId()))
			.distinct().toList()).stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		Map<Long, String> items = new HashMap<>();
		return rows.map(w -> new WorkView(w, names.getOrDefault(w.authorUnitId(), ""),
				items.computeIfAbsent(w.itemId(), i -> itemLabel(i, by))));
	}

	public WorkView view(long id, CurrentUser by) {
		Work work = visible(id, by);
		String author = directory.unit(new UnitId(work.authorUnitId())).map(Unit::name).orElse("");
		return new WorkView(work, author, itemLabel(work.itemId(), by));
	}

	/** A visible work's history, oldest first: submissions, returns with their reasons, corrections, acceptance. */
	public java.util.List<WorkEvent> history(long id, CurrentUser by) {
		visible(id, by);
		return store.history(id);
	}

	Work visible(long id, CurrentUser by) {
		Work work = store.find(id).orElseThrow(() -> new NotFoundException("宣传作品不存在"));
		by.mayRead(work.regionCode(), Permission.WORK_READ, "宣传作品不存在");
		return work;
	}

	/** The item as lists name it: its number and the start of its text. */
	private String itemLabel(long itemId, CurrentUser by) {
		try {
			return label(plans.item(itemId, by));
		}
		catch (NotFoundException e) {
			return "";
		}
	}

	static String label(PlanItem item) {
		String text = item.text().strip();
		return "第" + item.no() + "条 " + (text.length() > 24 ? text.substring(0, 24) + "…" : text);
	}
}

package cn.shuangyong.activities;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the activities a user may see (the organiser's region lies in their scope; otherwise 404). */
@Service
@Transactional(readOnly = true)
public class ActivityQueries {

	private final ActivityStore store;

	private final Directory directory;

	ActivityQueries(ActivityStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	public ListPage<Activity> page(String kind, String region, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<ActivityStore.Row> rows = store.page(by.scope(), kind, region, paging);
		Set<Long> ids = new HashSet<>();
		rows.content().forEach(r -> {
			ids.add(r.organiserUnitId());
			ids.addAll(r.participatingUnits());
		});
		Map<Long, String> names = names(ids);
		return rows.map(r -> view(r, names));
	}

	public Activity activity(long id, CurrentUser by) {
		ActivityStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("活动记录不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "活动记录不存在");
		Set<Long> ids = new HashSet<>(row.participatingUnits());
		ids.add(row.organiserUnitId());
		return view(row, names(ids));
	}

	/** Activities per kind and month in the user's scope (or a region below it). */
	public List<ActivityFigure> figures(String region, CurrentUser by) {
		by.require(Permission.WORK_READ);
		return store.figures(by.scope(), region);
	}

	private static Activity view(ActivityStore.Row r, Map<Long, String> names) {
		return new Activity(r.id(), r.kind(), r.title(), r.heldOn(), r.place(), r.organiserUnitId(),
				names.getOrDefault(r.organiserUnitId(), ""), r.regionCode(),
				r.participatingUnits().stream().map(id -> names.getOrDefault(id, "")).toList(), r.troops(),
				r.participants(), r.gifts(), r.giftValue(), r.links(), r.itemId(), r.version(), r.state(), r.reportDue(),
				r.report());
	}

	private Map<Long, String> names(Set<Long> ids) {
		return directory.units(ids.stream().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
	}
}

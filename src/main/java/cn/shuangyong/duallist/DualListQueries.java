package cn.shuangyong.duallist;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Reading the lists a user may see (the list's region lies in their data scope; otherwise 404), with unit names from
 * the directory.
 */
@Service
public class DualListQueries {

	private final DualListStore store;

	private final Directory directory;

	DualListQueries(DualListStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	public List<DualList> lists(Integer year, ListLevel level, CurrentUser by) {
		by.require(Permission.WORK_READ);
		List<DualListStore.ListRow> rows = store.lists(by.scope(), year, level);
		Map<Long, String> names = names(rows.stream().map(DualListStore.ListRow::officeUnitId).toList());
		return rows.stream().map(row -> view(row, names)).toList();
	}

	public DualList list(long id, CurrentUser by) {
		DualListStore.ListRow row = visibleList(id, by);
		return view(row, names(List.of(row.officeUnitId())));
	}

	/** One page of {@link #lists}: the API's answer. */
	public ListPage<DualList> lists(Integer year, ListLevel level, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<DualListStore.ListRow> rows = store.lists(by.scope(), year, level, paging);
		Map<Long, String> names = names(rows.content().stream().map(DualListStore.ListRow::officeUnitId).toList());
		return rows.map(row -> view(row, names));
	}

	/** One page of {@link #entries(long, CurrentUser)}: the API's answer. */
	public ListPage<Entry> entries(long listId, Paging paging, CurrentUser by) {
		visibleList(listId, by);
		ListPage<EntryRow> rows = store.entries(listId, paging);
		Set<Long> ids = new HashSet<>();
		rows.content().forEach(row -> ids.addAll(unitIds(row)));
		Map<Long, String> names = names(ids);
		return rows.map(row -> view(row, names));
	}

	public List<Entry> entries(long listId, CurrentUser by) {
		visibleList(listId, by);
		List<EntryRow> rows = store.entries(listId);
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> ids.addAll(unitIds(row)));
		Map<Long, String> names = names(ids);
		return rows.stream().map(row -> view(row, names)).toList();
	}

	public Entry entry(long entryId, CurrentUser by) {
		EntryRow row = store.entry(entryId).orElseThrow(() -> new NotFoundException("双清单条目不存在"));
		visibleList(row.listId(), by);
		return view(row, names(unitIds(row)));
	}

	DualListStore.ListRow visibleList(long id, CurrentUser by) {
		DualListStore.ListRow row = store.list(id).orElseThrow(() -> new NotFoundException("双清单不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "双清单不存在");
		return row;
	}

	private DualList view(DualListStore.ListRow row, Map<Long, String> names) {
		return new DualList(row.id(), row.regionCode(), row.level(), row.year(), row.officeUnitId(),
				names.getOrDefault(row.officeUnitId(), ""), row.stage(), row.publishedOn(), row.version());
	}

	private static Entry view(EntryRow row, Map<Long, String> names) {
		Function<Long, Entry.UnitRef> ref = id -> id == null ? null : new Entry.UnitRef(id, names.getOrDefault(id, ""));
		return new Entry(row.id(), row.listId(), row.side(), row.kind(), row.title(), row.description(),
				ref.apply(row.requestingUnitId()), row.filedBy(), row.state(), ref.apply(row.responsibleUnitId()),
				row.cooperatingUnitIds().stream().map(ref).toList(), row.deadline(), row.decisionNote(), row.taskId(),
				row.doneOn(), row.feedback(), row.satisfaction(), row.version());
	}

	private static Set<Long> unitIds(EntryRow row) {
		Set<Long> ids = new HashSet<>(row.cooperatingUnitIds());
		ids.add(row.requestingUnitId());
		if (row.responsibleUnitId() != null) {
			ids.add(row.responsibleUnitId());
		}
		return ids;
	}

	private Map<Long, String> names(Collection<Long> ids) {
		return directory.units(ids.stream().distinct().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(unit -> unit.id().value(), Unit::name));
	}
}

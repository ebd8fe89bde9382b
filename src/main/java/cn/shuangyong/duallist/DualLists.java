package cn.shuangyong.duallist;

import cn.shuangyong.shared.FreeText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on double lists: the office opens its list for a year and moves it through the cycle; units file needs
 * and matters; the office accepts each with a responsible unit and a deadline (supervision follows it as a task from
 * publication on) or declines it with a reason; the asking unit rates what was done.
 */
@Service
public class DualLists {

	private final DualListStore store;

	private final DualListQueries queries;

	private final Directory directory;

	private final TaskIssuing tasks;

	private final AuditTrail audit;

	private final BusinessClock businessClock;

	private final DualListSource source;

	DualLists(DualListStore store, DualListQueries queries, Directory directory, TaskIssuing tasks, AuditTrail audit,
			BusinessClock businessClock, DualListSource source) {
		this.source = source;
		this.store = store;
		this.queries = queries;
		this.directory = directory;
		this.tasks = tasks;
		this.audit = audit;
		this.businessClock = businessClock;
	}

	/** The office opens its own list for a year, in the collecting stage. */
	@Transactional
	public long open(int year, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以建立双清单");
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException(List.of("年度无效：" + year));
		}
		try {
			ListLevel.of(by.regionCode());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(List.of(ex.getMessage()));
		}
		long id = store.insertList(by.regionCode(), year, by.unitId(), by.getUsername(), now());
		record(by, "DUAL_LIST_OPENED", "DUAL_LIST", id, year + "年度");
		return id;
	}

	/** The next stage of the cycle; on publication every accepted entry starts to be followed as a task. */
	@Transactional
	public ListStage advance(long listId, int version, CurrentUser by) {
		DualListStore.ListRow list = managed(listId, by);
		if (list.stage() == ListStage.CLOSED) {
			throw new ConflictException("清单已关闭");
		}
		ListStage next = list.stage().next();
		store.moveTo(listId, version, next, next == ListStage.PUBLISHED ? businessClock.today() : null);
		if (next == ListStage.PUBLISHED) {
			store.entries(listId).stream().filter(e -> e.state() == EntryState.ACCEPTED)
				.forEach(e -> follow(list, e));
		}
		record(by, "DUAL_LIST_STAGE", "DUAL_LIST", listId, next.name());
		return next;
	}

	/** A unit files a need or matter; an office may file on behalf of a unit in its region. */
	@Transactional
	public long file(long listId, NewEntry entry, CurrentUser by) {
		DualListStore.ListRow list = queries.visibleList(listId, by);
		boolean office = manages(list, by);
		if (!by.can(Permission.WORK_EDIT) || (!office && entry.requestingUnitId() != by.unitId())) {
			throw new AccessDeniedException("只能以本单位名义提出");
		}
		if (!list.stage().allowsFiling()) {
			throw new ConflictException("清单已进入考评阶段，不再接受新条目");
		}
		Unit unit = unitIn(list, entry.requestingUnitId(), "提出单位");
		boolean military = unit.kind() == UnitKind.MILITARY;
		if (military != (entry.side() == EntrySide.MILITARY)) {
			throw new InvalidInputException(List.of(military ? "军队单位提出的条目应列入军队方清单"
					: "地方单位提出的条目应列入地方方清单"));
		}
		long id = store.insertEntry(listId, entry, by.getUsername(), now());
		record(by, "DUAL_LIST_ENTRY_FILED", "DUAL_LIST_ENTRY", id, entry.side() + " " + entry.kind());
		return id;
	}

	/** The office accepts an entry with a responsible unit and a deadline. */
	@Transactional
	public void accept(long entryId, int version, Acceptance acceptance, CurrentUser by) {
		EntryRow entry = entry(entryId);
		DualListStore.ListRow list = managed(entry.listId(), by);
		if (entry.state() != EntryState.FILED) {
			throw new ConflictException("只有待受理的条目可以受理");
		}
		if (!list.stage().allowsAcceptance()) {
			throw new ConflictException(list.stage() == ListStage.COLLECTING ? "请先结束征集、进入确认阶段再受理条目"
					: "清单已进入考评阶段，不再受理条目");
		}
		List<String> problems = new ArrayList<>();
		unitIn(list, acceptance.responsibleUnitId(), "责任单位");
		acceptance.cooperatingUnitIds().forEach(id -> unitIn(list, id, "配合单位"));
		if (acceptance.deadline() == null || acceptance.deadline().isBefore(businessClock.today())) {
			problems.add("完成时限不能为空，也不能早于今天（" + businessClock.today() + "）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.accept(entryId, version, acceptance);
		record(by, "DUAL_LIST_ENTRY_ACCEPTED", "DUAL_LIST_ENTRY", entryId, "责任单位 " + acceptance.responsibleUnitId());
		if (list.stage().followsUp()) {
			follow(list, entry(entryId));
		}
	}

	@Transactional
	public void decline(long entryId, int version, String reason, CurrentUser by) {
		EntryRow entry = entry(entryId);
		managed(entry.listId(), by);
		if (entry.state() != EntryState.FILED) {
			throw new ConflictException("只有待受理的条目可以不予受理");
		}
		String text = FreeText.clean(reason);
		if (text.isEmpty() || text.length() > 1000 || FreeText.hasControl(reason)) {
			throw new InvalidInputException(List.of("请写明不予受理的理由（不超过1000字）"));
		}
		store.decline(entryId, version, text);
		record(by, "DUAL_LIST_ENTRY_DECLINED", "DUAL_LIST_ENTRY", entryId, null);
	}

	/** The asking unit gives its feedback and a satisfaction rating of 1 to 5 on a done entry, which closes it. */
	@Transactional
	public void rate(long entryId, int version, String feedback, Integer satisfaction, CurrentUser by) {
		EntryRow entry = entry(entryId);
		DualListStore.ListRow list = queries.visibleList(entry.listId(), by);
		if (by.unitId() != entry.requestingUnitId() || !by.can(Permission.WORK_EDIT)) {
			throw new AccessDeniedException("只有提出单位可以评价");
		}
		if (entry.state() != EntryState.DONE) {
			throw new ConflictException("条目办结后才能评价");
		}
		if (!list.stage().allowsRating()) {
			throw new ConflictException("清单当前阶段不能评价");
		}
		List<String> problems = new ArrayList<>();
		String text = FreeText.clean(feedback);
		if (text.isEmpty() || text.length() > 2000 || FreeText.hasControl(feedback)) {
			problems.add("请填写反馈意见（不超过2000字）");
		}
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			problems.add("满意度应为1至5分");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.rate(entryId, version, text, satisfaction, by.getUsername(), now());
		record(by, "DUAL_LIST_ENTRY_RATED", "DUAL_LIST_ENTRY", entryId, satisfaction + "分");
	}

	/** Supervision signed the entry's task off: the entry is done and waits for the asking unit's rating. */
	void taskSignedOff(long taskId, java.time.LocalDate on) {
		store.entryOfTask(taskId).filter(e -> e.state() == EntryState.FOLLOWING)
			.ifPresent(e -> store.done(e.id(), e.version(), on));
	}

	private void follow(DualListStore.ListRow list, EntryRow entry) {
		long taskId = tasks.open(new OpenTask(source, entry.id(), "双清单：" + entry.title(),
				List.of(entry.responsibleUnitId()), entry.cooperatingUnitIds(), entry.deadline(), list.officeUnitId()));
		store.following(entry.id(), entry.version(), taskId);
	}

	private EntryRow entry(long id) {
		return store.entry(id).orElseThrow(() -> new NotFoundException("双清单条目不存在"));
	}

	private DualListStore.ListRow managed(long listId, CurrentUser by) {
		DualListStore.ListRow list = queries.visibleList(listId, by);
		if (!manages(list, by)) {
			throw new AccessDeniedException("只有本级双拥办可以办理");
		}
		return list;
	}

	private static boolean manages(DualListStore.ListRow list, CurrentUser by) {
		return by.can(Permission.PLANS_PUBLISH) && by.regionCode().equals(list.regionCode());
	}

	private Unit unitIn(DualListStore.ListRow list, long unitId, String role) {
		Optional<Unit> unit = directory.unit(new UnitId(unitId));
		if (unit.isEmpty() || !unit.get().regionCode().value().startsWith(list.regionCode())) {
			throw new InvalidInputException(List.of(role + "不存在或不在本级清单的区域内"));
		}
		return unit.get();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(businessClock.clock());
	}

	private void record(CurrentUser by, String type, String objectType, long id, String detail) {
		audit.record(by, type, AuditTarget.of(objectType, id), detail);
	}
}

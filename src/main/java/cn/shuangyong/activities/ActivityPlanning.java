package cn.shuangyong.activities;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning an activity ahead: an office plans it with its participating units, and each participating unit gets a
 * supervision task, issued by the planning office and due on the report's due date. The organiser reports the
 * activity once held (date, people, gifts, links, what was done); an office over the organiser's region accepts the
 * report, which makes the activity count in the figures and signs off every participating unit's task. The
 * participating units work their tasks in supervision like any other; a step a unit has not taken itself by then is
 * taken in the name of the module ({@value #ACTOR}), which the task's timeline shows.
 */
@Service
public class ActivityPlanning {

	static final String ACTOR = "双拥活动";

	private final ActivityStore store;

	private final ActivityKinds kinds;

	private final Directory directory;

	private final WorkPlans plans;

	private final TaskIssuing issuing;

	private final TaskWork work;

	private final Tasks tasks;

	private final ActivityTaskSource source;

	private final AuditTrail audit;

	private final BusinessClock clock;

	ActivityPlanning(ActivityStore store, ActivityKinds kinds, Directory directory, WorkPlans plans,
			TaskIssuing issuing, TaskWork work, Tasks tasks, ActivityTaskSource source, AuditTrail audit,
			BusinessClock clock) {
		this.store = store;
		this.kinds = kinds;
		this.directory = directory;
		this.plans = plans;
		this.issuing = issuing;
		this.work = work;
		this.tasks = tasks;
		this.source = source;
		this.audit = audit;
		this.clock = clock;
	}

	/** Plans the activity and opens one task per participating unit; returns the activity's id. */
	@Transactional
	public long plan(String kind, String title, String heldOn, String place, List<Long> participatingUnits,
			String troops, String reportDue, Long itemId, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以计划活动并向参加单位下达任务");
		}
		List<String> problems = new ArrayList<>();
		LocalDate due = null;
		try {
			due = LocalDate.parse(FreeText.clean(reportDue));
		}
		catch (DateTimeParseException e) {
			problems.add("报告截止日期须为 2020-08-01 形式的有效日期");
		}
		if (participatingUnits == null || participatingUnits.isEmpty()) {
			problems.add("计划活动须选择参加单位：每个参加单位都会收到一项督办任务");
		}
		NewActivity planned;
		try {
			planned = NewActivity.of(kind, title, heldOn, place, participatingUnits, troops, "0", "", "", "", itemId);
		}
		catch (InvalidInputException e) {
			problems.addAll(0, e.problems());
			throw new InvalidInputException(problems);
		}
		if (due != null && due.isBefore(planned.heldOn())) {
			problems.add("报告截止日期不能早于活动日期");
		}
		if (due != null && due.isBefore(clock.today())) {
			problems.add("报告截止日期不能早于今天（" + clock.today() + "）");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (kinds.find(planned.kind()).isEmpty()) {
			throw new InvalidInputException("活动类型“" + planned.kind() + "”不存在");
		}
		List<Unit> units = directory.units(planned.participatingUnits().stream().map(UnitId::new).toList());
		if (units.size() != planned.participatingUnits().size()) {
			throw new InvalidInputException("参加单位中有不存在的单位");
		}
		if (planned.itemId() != null) {
			plans.item(planned.itemId(), by);
		}
		String region = directory.unit(new UnitId(by.unitId())).map(u -> u.regionCode().value())
			.orElse(by.regionCode());
		long id = store.insertPlanned(planned, due, by.unitId(), region, by.getUsername(),
				OffsetDateTime.now(clock.clock()));
		for (long unit : planned.participatingUnits()) {
			long task = issuing.open(new OpenTask(source, id, "双拥活动：" + planned.title(), List.of(unit), List.of(),
					due, by.unitId()));
			store.linkTask(id, unit, task);
		}
		audit.record(by, "ACTIVITY_PLANNED", AuditTarget.of("ACTIVITY", id), planned.title());
		return id;
	}

	/** The organiser (or an office over its region) reports a planned activity once held. */
	@Transactional
	public void report(long id, String heldOn, String participants, String gifts, String giftValue, String links,
			String report, int version, CurrentUser by) {
		ActivityStore.Row row = visible(id, by);
		by.require(Permission.WORK_EDIT);
		if (row.organiserUnitId() != by.unitId() && !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有组织单位或其双拥办可以报告活动");
		}
		if (!"PLANNED".equals(store.state(id))) {
			throw new ConflictException("只有计划中的活动可以报告：该活动已报告");
		}
		List<String> problems = new ArrayList<>();
		String text = FreeText.clean(report);
		if (text.isEmpty() || text.length() > 2000 || FreeText.hasControl(report)) {
			problems.add("活动情况须填写，不超过 2000 字");
		}
		NewActivity held;
		try {
			held = NewActivity.of(row.kind().code(), row.title(), heldOn, row.place(), row.participatingUnits(),
					row.troops(), participants, gifts, giftValue, links, row.itemId());
		}
		catch (InvalidInputException e) {
			problems.addAll(0, e.problems());
			throw new InvalidInputException(problems);
		}
		if (held.heldOn().isAfter(clock.today())) {
			problems.add("活动日期不能晚于今天（" + clock.today() + "）：活动举办后再报告");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!store.reported(id, held, text, version)) {
			throw new ConflictException("该活动已被他人修改，请刷新后重试");
		}
		audit.record(by, "ACTIVITY_REPORTED", AuditTarget.of("ACTIVITY", id), row.title());
	}

	/**
	 * An office over the organiser's region accepts the report: the activity is held and counts, and every
	 * participating unit's task is signed off.
	 */
	@Transactional
	public void accept(long id, int version, CurrentUser by) {
		ActivityStore.Row row = visible(id, by);
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以验收活动报告");
		}
		if (!"REPORTED".equals(store.state(id))) {
			throw new ConflictException("活动尚未报告，不能验收：组织单位报告活动情况后再验收");
		}
		if (!store.accepted(id, version, by.getUsername(), OffsetDateTime.now(clock.clock()))) {
			throw new ConflictException("该活动已被他人修改，请刷新后重试");
		}
		String report = store.report(id);
		for (Map.Entry<Long, Long> task : store.tasks(id).entrySet()) {
			close(task.getValue(), report, by);
		}
		audit.record(by, "ACTIVITY_ACCEPTED", AuditTarget.of("ACTIVITY", id), row.title());
	}

	private ActivityStore.Row visible(long id, CurrentUser by) {
		ActivityStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("活动记录不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "活动记录不存在");
		return row;
	}

	/** Takes the unit's task through the steps it has not taken, then signs it off in the issuing office's name. */
	private void close(long taskId, String report, CurrentUser by) {
		TaskView task = tasks.byId(taskId).orElse(null);
		if (task == null || task.state() == TaskState.SIGNED_OFF) {
			return;
		}
		CurrentUser lead = acting(by, task.leadUnits().get(0).id());
		if (task.state() == TaskState.ASSIGNED) {
			work.signFor(taskId, lead);
		}
		TaskState now = tasks.byId(taskId).orElseThrow().state();
		if (now != TaskState.SUBMITTED) {
			if (task.lastReportAt() == null || now == TaskState.RETURNED) {
				work.report(taskId, "活动已举办，组织单位的报告已验收：" + shorten(report), lead);
			}
			if (tasks.byId(taskId).orElseThrow().state() != TaskState.SUBMITTED) {
				work.submit(taskId, lead);
			}
		}
		work.signOff(taskId, acting(by, task.issuerUnitId()));
	}

	private static String shorten(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	private CurrentUser acting(CurrentUser by, long unitId) {
		if (by.unitId() == unitId && by.can(Permission.WORK_EDIT)) {
			return by;
		}
		Unit unit = directory.unit(new UnitId(unitId)).orElseThrow();
		return new SystemActor(ACTOR, unitId, unit.regionCode().value(),
				Set.of(Permission.WORK_READ, Permission.WORK_EDIT));
	}
}

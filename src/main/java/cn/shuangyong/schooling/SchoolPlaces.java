package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's application from filing to its decision: the military liaison or the office applies, the county 教育局
 * admits or refuses within its time, and a refused family may ask the prefecture's 教育局 once for review.
 */
@Service
public class SchoolPlaces {

	private final ApplicationStore store;

	private final RuleStore rules;

	private final ApplicationReader reader;

	private final Directory directory;

	private final SchoolDeadline deadline;

	private final ApplicationTasks tasks;

	private final AuditTrail audit;

	private final BusinessClock clock;

	SchoolPlaces(ApplicationStore store, RuleStore rules, ApplicationReader reader, Directory directory,
			SchoolDeadline deadline, ApplicationTasks tasks, AuditTrail audit, BusinessClock clock) {
		this.tasks = tasks;
		this.store = store;
		this.rules = rules;
		this.reader = reader;
		this.directory = directory;
		this.deadline = deadline;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long apply(NewApplication application, CurrentUser by) {
		long id = apply(application, clock.today(), by);
		openTask(store.find(id).orElseThrow());
		return id;
	}

	/**
	 * Opens the supervision task of an open application: the deciding 教育局's, or the reviewing one's while under
	 * review. An application filed or asked for review today gets it at once; the demo's history, entered on past
	 * days, gets it once that history is in and only while still open ({@link #openMissingTasks}), so a task is never
	 * signed off on a day after the decision was really made.
	 */
	private void openTask(ApplicationStore.Row row) {
		if (row.state() == ApplicationState.SUBMITTED && row.taskId() == null) {
			String county = directory.region(RegionCode.of(row.regionCode())).map(Region::name).orElse(row.regionCode());
			store.linkTask(row.id(), tasks.open(row.id(), "子女入学优待：" + county + "申请 " + row.id(),
					row.assignedUnitId(), row.decideBy()));
		}
		if (row.state() == ApplicationState.UNDER_REVIEW && row.reviewTaskId() == null) {
			store.linkReviewTask(row.id(), tasks.open(row.id(), "子女入学优待复核：申请 " + row.id(), row.reviewUnitId(),
					row.decideBy()));
		}
	}

	/** Opens the tasks of the open applications that have none: those of the demo's history. */
	@Transactional
	void openMissingTasks() {
		store.openWithoutTask().forEach(id -> openTask(store.find(id).orElseThrow()));
	}

	/** Applies on a given day: the demo's applications were filed through the summer before its business date. */
	@Transactional
	long apply(NewApplication a, LocalDate today, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		Unit own = directory.unit(new UnitId(by.unitId())).orElseThrow(() -> new NotFoundException("单位不存在"));
		if (a.soldierUnitId() != null && directory.unit(new UnitId(a.soldierUnitId()))
			.filter(u -> u.kind() == UnitKind.MILITARY).isEmpty()) {
			throw new InvalidInputException("军人所在部队不是目录中的部队单位");
		}
		if (own.kind() == UnitKind.MILITARY) {
			if (a.soldierUnitId() != null && a.soldierUnitId() != by.unitId()) {
				throw new AccessDeniedException("部队联络员只能为本部队军人的子女申请");
			}
		}
		else if (own.kind() != UnitKind.OFFICE || !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有部队联络员或双拥办可以提交入学申请");
		}
		Region county = directory.region(RegionCode.of(a.regionCode())).filter(r -> r.level() == RegionLevel.COUNTY)
			.orElseThrow(() -> new InvalidInputException("入学地区不存在，应为县市区"));
		if (!by.covers(county.code().value())) {
			throw new InvalidInputException("入学地区不在本单位所在地区范围内");
		}
		LocalDate termStart = rules.terms().startOf(county.code().value(), a.term())
			.orElseThrow(() -> new InvalidInputException("入学地区尚未设置该学期的开学日期"));
		rules.rules().required(a.basis(), a.stage(), termStart);
		String prefecture = county.code().value().substring(0, RegionLevel.PREFECTURE.codeLength());
		long assigned = education(county.code().value()).id().value();
		long reviewer = education(prefecture).id().value();
		long id = store.insert(a, new ApplicationStore.Placement(by.unitId(), assigned, reviewer, termStart, today,
				deadline.decideBy(today)), by.getUsername());
		store.step(id, "SUBMITTED", today, a.wishedSchool(), by.getUsername());
		audit.record(by, "SCHOOL_APPLIED", AuditTarget.of("SCHOOL_APPLICATION", id), county.name());
		return id;
	}

	/** The county 教育局's decision: a school assigned, or a refusal with its reasons. */
	@Transactional
	public void decide(long id, int version, boolean admit, String school, String reasons, CurrentUser by) {
		decide(id, version, admit, school, reasons, clock.today(), by);
	}

	@Transactional
	void decide(long id, int version, boolean admit, String school, String reasons, LocalDate on, CurrentUser by) {
		ApplicationStore.Row row = visible(id, by);
		if (!by.can(Permission.WORK_EDIT) || row.assignedUnitId() != by.unitId()) {
			throw new AccessDeniedException("只有承办此申请的县级教育部门可以作出决定");
		}
		ApplicationState next = row.state().decided(admit);
		if (next == null) {
			throw new ConflictException("此申请已作出决定");
		}
		Outcome outcome = Outcome.of(admit, school, reasons);
		store.decide(id, version, next, outcome.school(), outcome.reasons(), on);
		store.step(id, next.name(), on, outcome.note(), by.getUsername());
		tasks.close(row.taskId(), outcome.report(), by);
		audit.record(by, "SCHOOL_DECIDED", AuditTarget.of("SCHOOL_APPLICATION", id), next.name());
	}

	/** The family, through whoever filed for it or the office, asks the prefecture's 教育局 once to review a refusal. */
	@Transactional
	public void askReview(long id, int version, String reasons, CurrentUser by) {
		askReview(id, version, reasons, clock.today(), by);
		openTask(store.find(id).orElseThrow());
	}

	@Transactional
	void askReview(long id, int version, String reasons, LocalDate on, CurrentUser by) {
		ApplicationStore.Row row = visible(id, by);
		boolean filer = row.filedByUnitId() == by.unitId();
		boolean office = by.can(Permission.PLANS_PUBLISH) && by.covers(row.regionCode());
		if (!by.can(Permission.WORK_EDIT) || !(filer || office)) {
			throw new AccessDeniedException("只有提交申请的单位或双拥办可以申请复核");
		}
		if (row.reviewAskedOn() != null) {
			throw new ConflictException("复核只能申请一次：此申请已于 " + row.reviewAskedOn() + " 申请过复核");
		}
		if (row.state().reviewAsked() == null) {
			throw new ConflictException("只有被拒绝的申请可以申请复核");
		}
		List<String> problems = new ArrayList<>();
		String text = FreeText.required(reasons, "复核理由", 1000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.askReview(id, version, text, on, deadline.decideBy(on));
		store.step(id, "UNDER_REVIEW", on, text, by.getUsername());
		audit.record(by, "SCHOOL_REVIEW_ASKED", AuditTarget.of("SCHOOL_APPLICATION", id), null);
	}

	/** The prefecture's 教育局 admits on review or upholds the refusal. */
	@Transactional
	public void review(long id, int version, boolean admit, String school, String reasons, CurrentUser by) {
		review(id, version, admit, school, reasons, clock.today(), by);
	}

	@Transactional
	void review(long id, int version, boolean admit, String school, String reasons, LocalDate on, CurrentUser by) {
		ApplicationStore.Row row = visible(id, by);
		if (!by.can(Permission.WORK_EDIT) || row.reviewUnitId() != by.unitId()) {
			throw new AccessDeniedException("只有复核此申请的州市教育部门可以作出复核决定");
		}
		ApplicationState next = row.state().reviewed(admit);
		if (next == null) {
			throw new ConflictException("此申请不在复核中");
		}
		Outcome outcome = Outcome.of(admit, school, reasons);
		store.review(id, version, next, outcome.school(), outcome.reasons(), on);
		store.step(id, next.name(), on, outcome.note(), by.getUsername());
		tasks.close(row.reviewTaskId(), outcome.report(), by);
		audit.record(by, "SCHOOL_REVIEWED", AuditTarget.of("SCHOOL_APPLICATION", id), next.name());
	}

	private ApplicationStore.Row visible(long id, CurrentUser by) {
		ApplicationStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("入学申请不存在"));
		if (!reader.of(by).sees(row)) {
			throw new NotFoundException("入学申请不存在");
		}
		return row;
	}

	private Unit education(String regionCode) {
		return directory.catalogueUnit("education:" + regionCode)
			.orElseThrow(() -> new InvalidInputException("入学地区没有教育主管部门"));
	}

	/** A school for an admission, reasons for a refusal. */
	private record Outcome(String school, String reasons) {

		static Outcome of(boolean admit, String school, String reasons) {
			List<String> problems = new ArrayList<>();
			String chosen = admit ? FreeText.required(school, "安排学校", 100, problems) : null;
			String why = admit ? FreeText.clean(reasons)
					: FreeText.required(reasons, "不予安排的理由", 1000, problems);
			if (why != null && (why.length() > 1000 || FreeText.hasControl(reasons))) {
				problems.add("理由不超过1000字，且不含非法字符");
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Outcome(chosen, why == null || why.isEmpty() ? null : why);
		}

		String note() {
			return school != null ? school : reasons;
		}

		/** The decision as the supervision task's last report, in Chinese. */
		String report() {
			return school != null ? "安排入学：" + school : "不予安排：" + reasons;
		}
	}
}

package cn.shuangyong.supervision.urging;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.notifications.NewMessage;
import cn.shuangyong.notifications.Notifications;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.supervision.tasklife.TaskStore;
import cn.shuangyong.supervision.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues a notice on a task, or the reminder before its deadline: numbers it and records it in the document register
 * like every other document the platform issues, keeps it with its addressees, puts it
 * on the task's timeline and the audit log, and sends it through the notification channels to the lead units, with
 * the cooperating units copied. Runs inside the caller's transaction.
 */
@Component
public class NoticeIssuing {

	/** The actor named on timelines and in the audit log for what the daily run does. */
	static final String SYSTEM = "系统（自动督办）";

	private final JdbcClient jdbc;

	private final NoticeNumbers numbers;

	private final DocumentRegistry register;

	private final Directory directory;

	private final WorkPlans plans;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final WorkingDayCalendar calendar;

	private final EscalationSettings settings;

	private final BusinessClock clock;

	private final TaskStore store;

	NoticeIssuing(JdbcClient jdbc, NoticeNumbers numbers, DocumentRegistry register, Directory directory,
			WorkPlans plans, Notifications notifications, AuditTrail audit, WorkingDayCalendar calendar,
			EscalationSettings settings, BusinessClock clock, TaskStore store) {
		this.store = store;
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.register = register;
		this.directory = directory;
		this.plans = plans;
		this.notifications = notifications;
		this.audit = audit;
		this.calendar = calendar;
		this.settings = settings;
		this.clock = clock;
	}

	public long issue(TaskView task, NoticeKind kind, LocalDate today, String by, boolean byHand) {
		return issue(task, kind, today, by, byHand, clock.now());
	}

	/**
	 * Issues the notice dated on a day, at a time of that day: a notice the replay of a past day gives is dated, put on
	 * the timeline and sent as of that morning, so the task reads as though the daily run had issued it then.
	 */
	long issue(TaskView task, NoticeKind kind, LocalDate today, String by, boolean byHand, Instant at) {
		String issuer = directory.unit(new UnitId(task.issuerUnitId())).map(Unit::name).orElse("双拥办");
		PlanSummary plan = task.planId() == null ? null : plans.byId(task.planId()).orElse(null);
		String addressees = names(task.leadUnits());
		String copied = task.cooperatingUnits().isEmpty() ? null : names(task.cooperatingUnits());
		int overdue = (int) Math.max(0, ChronoUnit.DAYS.between(task.deadline(), today));
		LocalDate replyBy = calendar.addWorkingDays(today, settings.replyDays());
		String title = NoticeText.title(kind, plan == null ? null : plan.docNumber(), task.itemNo(), task.title());
		String body = NoticeText.body(kind, new NoticeText.Facts(plan == null ? null : plan.title(),
				plan == null ? null : plan.docNumber(), task.itemNo(), task.title(), task.deadline(), today, overdue,
				replyBy, copied, issuer, previousKind(task.id())));
		DocumentRegistry.Issued document = register.issue(numbers.issuerCode(task.issuerRegion()), today.getYear(),
				new DocumentRegistry.Issue(issuer, task.issuerUnitId(), title, task.issuerRegion(),
						task.leadUnits().stream().map(TaskView.UnitRef::name).toList()),
				by);
		DocNumber number = document.number();
		long id = jdbc.sql("""
				insert into supervision.notice (task_id, kind, doc_number, document_id, issuer_unit_id, issuer_name,
				  issuer_region, region_code, year, serial, title, addressees, copied, body, deadline, days_overdue,
				  reply_by, issued_on, issued_by, by_hand, created_at)
				values (:task, :kind, :number, :document, :issuer, :issuerName, :issuerRegion, :region, :year, :serial,
				  :title, :addressees, :copied, :body, :deadline, :overdue, :replyBy, :today, :by, :byHand, :at)
				returning id""")
			.param("task", task.id()).param("kind", kind.name()).param("number", number.value())
			.param("document", document.documentId())
			.param("issuer", task.issuerUnitId()).param("issuerName", issuer).param("issuerRegion", task.issuerRegion())
			.param("region", task.regionCode()).param("year", number.year()).param("serial", number.serial())
			.param("title", title).param("addressees", addressees).param("copied", copied).param("body", body)
			.param("deadline", task.deadline()).param("overdue", overdue).param("replyBy", replyBy)
			.param("today", today).param("by", by).param("byHand", byHand)
			.param("at", Timestamp.from(at)).query(Long.class).single();
		task.leadUnits().forEach(u -> addressee(id, u.id(), "LEAD"));
		task.cooperatingUnits().forEach(u -> addressee(id, u.id(), "COPY"));
		String summary = number.value() + " " + title;
		store.note(task.id(), kind.name(), summary, TaskStore.Actor.named(task.issuerUnitId(), by),
				new TaskStore.When(at, today));
		notifications.send(new NewMessage(kind.name(), kind.label() + "：" + number.value() + " " + title,
				addressees + "：\n" + body + "\n" + issuer + " " + NoticeText.date(today), "/supervision/tasks/" + task.id(),
				"/api/v1/notices/" + id + ".docx", task.id(), id, task.issuerUnitId(), task.issuerRegion(), units(task)), at);
		if (byHand) {
			// A person's act goes to the audit log; the daily run's notices are kept in the notice register and on the
			// timeline, and stay out of the log so that it records what people did.
			audit.record(new AuditEntry(by, task.issuerUnitId(), task.issuerRegion(), null, "NOTICE_ISSUED", "TASK",
					Long.toString(task.id()), AuditOutcome.SUCCESS, summary));
		}
		return id;
	}

	/** The reminder before the deadline: a message, not a numbered notice. */
	void remind(TaskView task, LocalDate today) {
		int left = calendar.workingDaysBetween(today, task.deadline());
		String what = task.itemNo() == null ? "“" + task.title() + "”"
				: "第" + task.itemNo() + "项工作任务“" + task.title() + "”";
		String subject = "任务到期提醒：" + (task.itemNo() == null ? "" : "第" + task.itemNo() + "项 ") + task.title();
		String body = "由" + names(task.leadUnits()) + "牵头的" + what + "将于"
				+ NoticeText.date(task.deadline()) + "到期（还有 " + left + " 个工作日）。请抓紧办理并报送进展；已办结的，请及时申请销号。";
		event(task, EscalationStep.REMINDER.name(), SYSTEM, "截止日期 " + task.deadline());
		notifications.send(new NewMessage(EscalationStep.REMINDER.name(), subject, body, "/supervision/tasks/" + task.id(),
				null, task.id(), null, task.issuerUnitId(), task.issuerRegion(), units(task)));
	}

	private NoticeKind previousKind(long taskId) {
		return jdbc.sql("select kind from supervision.notice where task_id = :t order by id desc limit 1")
			.param("t", taskId).query(String.class).optional().map(NoticeKind::valueOf).orElse(null);
	}

	private void addressee(long noticeId, long unitId, String role) {
		jdbc.sql("insert into supervision.notice_unit (notice_id, unit_id, role) values (:n, :u, :r) on conflict do nothing")
			.param("n", noticeId).param("u", unitId).param("r", role).update();
	}

	private void event(TaskView task, String kind, String by, String detail) {
		store.note(task.id(), kind, detail, TaskStore.Actor.named(task.issuerUnitId(), by));
	}

	private static List<Long> units(TaskView task) {
		List<Long> units = new ArrayList<>();
		task.leadUnits().forEach(u -> units.add(u.id()));
		task.cooperatingUnits().forEach(u -> units.add(u.id()));
		return units;
	}

	private static String names(List<TaskView.UnitRef> units) {
		return units.stream().map(TaskView.UnitRef::name).collect(Collectors.joining("、"));
	}
}

package cn.shuangyong.supervision.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.DemoMode;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.tasklife.TaskChronicle;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import cn.shuangyong.supervision.tasklife.TasksOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * In demo mode, once the tasks of the seed plans (云拥办〔2020〕1号 and 楚雄's forward) are opened, gives them the
 * year they would have had by the business date (see {@link DemoYear}), so a newcomer meets signed-off, late, open
 * and overdue work rather than 200 untouched tasks. Written once per plan: the row in {@code supervision.demo_history}
 * is taken first, so a second start or a second event writes nothing.
 */
@Component
public class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** The seed plans by document number, with the key of their report texts. */
	private static final Map<String, String> SEED_PLANS = Map.of("云拥办〔2020〕1号", "P", "楚拥办通〔2020〕1号", "C");

	private final DemoMode demo;

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final WorkPlans plans;

	private final Tasks tasks;

	private final Directory directory;

	private final TaskChronicle chronicle;

	private final BusinessClock clock;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	public DemoHistory(DemoMode demo, @Value("${shuangyong.demo.history:true}") boolean enabled, JdbcClient jdbc,
			WorkPlans plans, Tasks tasks, Directory directory, TaskChronicle chronicle, BusinessClock clock,
			WorkingDayCalendar calendar, AuditTrail audit) {
		this.demo = demo;
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.plans = plans;
		this.tasks = tasks;
		this.directory = directory;
		this.chronicle = chronicle;
		this.clock = clock;
		this.calendar = calendar;
		this.audit = audit;
	}

	@ApplicationModuleListener
	public void on(TasksOpened opened) {
		PlanSummary plan = plans.byId(opened.planId()).orElse(null);
		if (!demo.enabled() || !enabled || plan == null || plan.issuedOn() == null
				|| !SEED_PLANS.containsKey(plan.docNumber()) || !claim(plan.id())) {
			return;
		}
		List<TaskView> planTasks = tasks.ofPlan(plan.id());
		DemoYear year = new DemoYear(SEED_PLANS.get(plan.docNumber()), plan.issuedOn(), clock.today(), chronicle,
				DemoReportTexts.load(), calendar, actors(planTasks), places(planTasks));
		Map<Long, Integer> nthOfItem = new HashMap<>();
		for (TaskView task : planTasks) {
			year.write(task, nthOfItem.merge(task.itemId(), 1, Integer::sum) - 1);
		}
		audit.record(new AuditEntry("demo", plan.issuerUnitId(), plan.regionCode(), null, "TASK_DEMO_HISTORY", "PLAN",
				Long.toString(plan.id()), AuditOutcome.SUCCESS, null));
		log.info("演示工作要点 {} 的办理记录已生成（至 {}）", plan.docNumber(), clock.today());
	}

	private boolean claim(long planId) {
		return jdbc.sql("insert into supervision.demo_history (plan_id) values (:p) on conflict do nothing")
			.param("p", planId).update() == 1;
	}

	/** Every unit on the tasks, and the issuing office, by the short name the timeline shows. */
	private Map<Long, TaskChronicle.Actor> actors(List<TaskView> planTasks) {
		List<UnitId> ids = planTasks.stream()
			.flatMap(t -> java.util.stream.Stream.concat(
					java.util.stream.Stream.concat(t.leadUnits().stream(), t.cooperatingUnits().stream())
						.map(TaskView.UnitRef::id),
					java.util.stream.Stream.of(t.issuerUnitId())))
			.distinct().map(UnitId::new).toList();
		Map<Long, TaskChronicle.Actor> actors = new HashMap<>();
		directory.units(ids).forEach(u -> actors.put(u.id().value(), new TaskChronicle.Actor(u.id().value(),
				u.shortName() == null || u.shortName().isBlank() ? u.name() : u.shortName())));
		return actors;
	}

	private Map<String, String> places(List<TaskView> planTasks) {
		Map<String, String> places = new HashMap<>();
		planTasks.stream().map(TaskView::regionCode).distinct().forEach(code -> directory.region(RegionCode.of(code))
			.ifPresent(region -> places.put(code, RegionLevel.ofCode(code) == RegionLevel.PROVINCE ? "全省" : region.name())));
		return places;
	}
}

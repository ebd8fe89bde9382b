package cn.shuangyong.supervision.tasklife;

import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.ItemAdded;
import cn.shuangyong.plans.ItemAssignment;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanPublished;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.calendar.DeadlineRule;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the tasks of a published plan. 分别牵头, and a lead phrase naming a group (各县市双拥办), give one
 * task per lead unit; joint leads share one task; the cooperating units are attached to each. An item that names no
 * lead gets no task: none is invented.
 */
@Component
class TaskOpening {

	private final JdbcClient jdbc;

	private final WorkPlans plans;

	private final Directory directory;

	private final BusinessClock clock;

	private final DeadlineRule deadlines;

	private final ApplicationEventPublisher events;

	private final TaskStore store;

	TaskOpening(JdbcClient jdbc, WorkPlans plans, Directory directory, BusinessClock clock, DeadlineRule deadlines,
			ApplicationEventPublisher events, TaskStore store) {
		this.deadlines = deadlines;
		this.store = store;
		this.events = events;
		this.jdbc = jdbc;
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PlanPublished published) {
		PlanSummary plan = plans.byId(published.planId()).orElseThrow();
		for (PlanItem item : plans.items(published.planId())) {
			Integer existing = jdbc.sql("select count(*) from supervision.task where item_id = :i").param("i", item.id())
				.query(Integer.class).single();
			if (existing == 0) {
				open(item, plan);
			}
		}
		events.publishEvent(new TasksOpened(published.planId()));
	}

	@ApplicationModuleListener
	void on(ItemAdded added) {
		PlanSummary plan = plans.byId(added.planId()).orElseThrow();
		plans.items(added.planId()).stream().filter(i -> i.id() == added.itemId()).findFirst()
			.ifPresent(item -> open(item, plan));
	}

	/**
	 * The deadline is the earliest of the item's time nodes, each taken at its first occurrence on or after the plan's
	 * issuing date; an item without a node this rule knows is due at the year's end.
	 */
	private LocalDate deadline(PlanItem item, PlanSummary plan) {
		LocalDate issued = plan.issuedOn() != null ? plan.issuedOn() : clock.today();
		return item.timeNodes().stream().map(node -> deadlines.deadlineFor(node, issued)).flatMap(Optional::stream)
			.min(LocalDate::compareTo).orElse(deadlines.planDefault(issued));
	}

	private void open(PlanItem item, PlanSummary plan) {
		String planRegion = plan.regionCode();
		LocalDate deadline = deadline(item, plan);
		List<Unit> leads = units(item.leads());
		List<Unit> cooperators = units(item.cooperators()).stream()
			.filter(c -> leads.stream().noneMatch(l -> l.id().equals(c.id()))).toList();
		if (leads.isEmpty()) {
			return;
		}
		if ("JOINT".equals(item.leadMode())) {
			insert(item, leads, cooperators, planRegion, plan, deadline);
		}
		else {
			leads.forEach(lead -> insert(item, List.of(lead), cooperators, lead.regionCode().value(), plan, deadline));
		}
	}

	private List<Unit> units(List<ItemAssignment> assignments) {
		Map<Long, Boolean> seen = new LinkedHashMap<>();
		assignments.forEach(a -> seen.putIfAbsent(a.unitId(), true));
		Map<Long, Unit> byId = new LinkedHashMap<>();
		directory.units(seen.keySet().stream().map(UnitId::new).toList()).forEach(u -> byId.put(u.id().value(), u));
		List<Unit> ordered = new ArrayList<>();
		seen.keySet().forEach(id -> {
			if (byId.containsKey(id)) {
				ordered.add(byId.get(id));
			}
		});
		return ordered;
	}

	private void insert(PlanItem item, List<Unit> leads, List<Unit> cooperators, String region, PlanSummary plan,
			LocalDate deadline) {
		store.open(new TaskStore.NewTask(item.planId(), item.id(), item.no(), PlanItemSource.CODE, item.id(),
				TaskTitle.of(item.text()), region, plan.issuerUnitId(), plan.regionCode(), deadline, clock.now(), leads,
				cooperators));
	}
}

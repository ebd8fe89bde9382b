package cn.shuangyong.publicity;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.targets.Targets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publicity quotas of a plan, per item, region and kind, as the plan states them (the targets supervision keeps
 * from the item's text or the office's setting), and each region's accepted works against them.
 */
@Service
@Transactional(readOnly = true)
public class Quotas {

	private final WorkPlans plans;

	private final Targets targets;

	private final Directory directory;

	private final WorkStore store;

	private final WorkKinds kinds;

	Quotas(WorkPlans plans, Targets targets, Directory directory, WorkStore store, WorkKinds kinds) {
		this.kinds = kinds;
		this.plans = plans;
		this.targets = targets;
		this.directory = directory;
		this.store = store;
	}

	public List<QuotaLine> ofPlan(long planId, CurrentUser by) {
		by.require(Permission.WORK_READ);
		PlanSummary plan = plans.find(planId, by);
		List<WorkKind> known = kinds.all();
		List<QuotaProgress.ItemTargets> items = plans.items(planId).stream()
			.map(i -> new QuotaProgress.ItemTargets(i.id(), i.no(), targets.ofItem(i.id()).stream()
				.flatMap(t -> known.stream().filter(k -> k.counts(t.name())).limit(1)
					.map(k -> new QuotaProgress.Counted(t, k)))
				.toList()))
			.filter(i -> !i.targets().isEmpty()).toList();
		if (items.isEmpty()) {
			return List.of();
		}
		RegionCode issuer = RegionCode.of(plan.regionCode());
		Region region = directory.region(issuer).orElseThrow();
		return QuotaProgress.of(items, region, directory.children(issuer),
				store.acceptedOfItems(items.stream().map(QuotaProgress.ItemTargets::itemId).toList()));
	}
}

package cn.shuangyong.supervision.targets;

import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.plans.ItemAdded;
import cn.shuangyong.plans.ItemTargets;
import cn.shuangyong.plans.PlanPublished;
import cn.shuangyong.plans.WorkPlans;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a plan is published or an item added, keeps the targets its items state, as the notice reader found them
 * and the plan stores them: there is one reading of targets, and supervision counts against it.
 */
@Component
class TargetSetting {

	private final WorkPlans plans;

	private final ItemTargets stated;

	private final Targets targets;

	TargetSetting(WorkPlans plans, ItemTargets stated, Targets targets) {
		this.plans = plans;
		this.stated = stated;
		this.targets = targets;
	}

	@ApplicationModuleListener
	void on(PlanPublished published) {
		RegionCode region = RegionCode.of(published.regionCode());
		plans.items(published.planId()).forEach(i -> keep(i.id(), region));
	}

	@ApplicationModuleListener
	void on(ItemAdded added) {
		plans.byId(added.planId()).ifPresent(p -> keep(added.itemId(), RegionCode.of(p.regionCode())));
	}

	private void keep(long itemId, RegionCode issuer) {
		targets.keepRead(itemId, StatedTargets.of(stated.of(itemId), issuer.level()));
	}
}

package cn.shuangyong.supervision;

import cn.shuangyong.plans.ItemAdded;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanPublished;
import cn.shuangyong.plans.WorkPlans;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a plan is published or an item added, keeps the targets its items state in words the platform can read. */
@Component
class TargetSetting {

	private final WorkPlans plans;

	private final Targets targets;

	TargetSetting(WorkPlans plans, Targets targets) {
		this.plans = plans;
		this.targets = targets;
	}

	@ApplicationModuleListener
	void on(PlanPublished published) {
		plans.items(published.planId()).forEach(this::read);
	}

	@ApplicationModuleListener
	void on(ItemAdded added) {
		plans.items(added.planId()).stream().filter(i -> i.id() == added.itemId()).forEach(this::read);
	}

	private void read(PlanItem item) {
		targets.keepRead(item.id(), TargetReading.read(item.text()));
	}
}

package cn.shuangyong.supervision.tasklife;

import org.springframework.stereotype.Component;
import cn.shuangyong.supervision.TaskSource;

/**
 * Tasks opened from the items of a published plan. Declared here rather than in {@code plans}: supervision hears the
 * plans and opens their tasks, and plans does not know supervision (a declaration there would make the two depend on
 * each other).
 */
@Component
public class PlanItemSource implements TaskSource {

	public static final String CODE = "PLAN_ITEM";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String label() {
		return "工作要点";
	}

	@Override
	public String href(long itemId) {
		return "/plans/items/" + itemId;
	}
}

package cn.shuangyong.supervision.reporting;

import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账: every task of a plan the user may see, one line each, on screen and as a workbook. A lower office sees the
 * tasks of its own region and those its units take part in, as everywhere else.
 */
@Service
@Transactional(readOnly = true)
public class Ledger {

	private final WorkPlans plans;

	private final Tasks tasks;

	private final AuditTrail audit;

	Ledger(WorkPlans plans, Tasks tasks, AuditTrail audit) {
		this.plans = plans;
		this.tasks = tasks;
		this.audit = audit;
	}

	public List<TaskView> of(long planId, CurrentUser user) {
		plans.find(planId, user);
		// the ledger follows the plan item by item, as the office files it; lists of work put urgency first
		return tasks.search(new Tasks.TaskFilter(planId, null, null), user).stream()
			.sorted(java.util.Comparator.comparing(TaskView::itemId, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
				.thenComparingLong(TaskView::id))
			.toList();
	}

	@Transactional
	public byte[] workbook(long planId, CurrentUser user) {
		String title = plans.find(planId, user).title();
		List<TaskView> lines = of(planId, user);
		byte[] workbook = LedgerWorkbook.write(title, lines);
		audit.exported(user, "LEDGER_EXPORTED", AuditTarget.of("PLAN", planId), lines.size(), "导出任务台账");
		return workbook;
	}
}

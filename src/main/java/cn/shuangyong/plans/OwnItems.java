package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office adds items of its own to the plan it owns (a prefecture to its forward of the provincial plan); each
 * gets its tasks like a published item.
 */
@Service
@Transactional
public class OwnItems {

	private final WorkPlans plans;

	private final DraftReview reviews;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final ItemTargets targets;

	OwnItems(WorkPlans plans, DraftReview reviews, JdbcClient jdbc, ApplicationEventPublisher events,
			AuditTrail audit, ItemTargets targets) {
		this.targets = targets;
		this.plans = plans;
		this.reviews = reviews;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	public long add(long planId, OwnItem item, CurrentUser by) {
		PlanSummary plan = plans.find(planId, by);
		if (!by.can(PlanDrafts.PUBLISH) || !plan.regionCode().equals(by.regionCode())) {
			throw new AccessDeniedException("只有发文的双拥办可以为本级工作要点增加条目");
		}
		RegionCode region = RegionCode.of(plan.regionCode());
		List<PhraseView> leads = item.leads().stream().map(p -> reviews.view(p, region, region)).toList();
		List<PhraseView> cooperators = item.cooperators().stream().map(p -> reviews.view(p, region, region)).toList();
		List<String> problems = new ArrayList<>();
		if (item.text() == null || item.text().isBlank()) {
			problems.add("条目内容不能为空");
		}
		if (leads.isEmpty()) {
			problems.add("请填写牵头单位");
		}
		leads.stream().filter(PhraseView::unknown).forEach(p -> problems.add("牵头单位“" + p.phrase() + "”在目录中找不到"));
		cooperators.stream().filter(PhraseView::unknown)
			.forEach(p -> problems.add("配合单位“" + p.phrase() + "”在目录中找不到"));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int position = jdbc.sql("select coalesce(max(position), -1) + 1 from plans.work_item where plan_id = :p")
			.param("p", planId).query(Integer.class).single();
		long itemId = jdbc.sql("""
				insert into plans.work_item (plan_id, position, item_no, text, origin, lead_mode, cooperator_role,
				  time_nodes, targets)
				values (:plan, :position, :no, :text, 'OWN', :mode, :role, :nodes, :targets) returning id""")
			.param("plan", planId).param("position", position).param("no", Integer.toString(position + 1))
			.param("text", item.text().strip()).param("mode", item.jointLeads() ? "JOINT" : "EACH")
			.param("role", cooperators.isEmpty() ? null : "配合").param("nodes", String.join("|", item.timeNodes()))
			.param("targets", targets.readFrom(item.text().strip())).query(Long.class).single();
		insert(itemId, AssignmentRole.LEAD, leads);
		insert(itemId, AssignmentRole.COOPERATING, cooperators);
		audit.record(by, "PLAN_ITEM_ADDED", AuditTarget.of("PLAN", planId), "增加条目 #" + itemId);
		events.publishEvent(new ItemAdded(planId, itemId));
		return itemId;
	}

	private void insert(long itemId, AssignmentRole role, List<PhraseView> phrases) {
		int position = 0;
		for (PhraseView phrase : phrases) {
			for (var unit : phrase.units()) {
				jdbc.sql("""
						insert into plans.assignment (item_id, role, position, phrase, unit_id)
						values (:item, :role, :position, :phrase, :unit)""")
					.param("item", itemId).param("role", role.name()).param("position", position++)
					.param("phrase", phrase.phrase()).param("unit", unit.id().value()).update();
			}
		}
	}
}

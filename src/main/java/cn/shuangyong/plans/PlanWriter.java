package cn.shuangyong.plans;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.RecordedDocument;
import cn.shuangyong.documents.reading.WorkItemDraft;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a published plan: its sections, items and the units on each; then announces it. */
@Component
class PlanWriter {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final BusinessClock businessClock;

	private final ItemTargets targets;

	PlanWriter(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events,
			BusinessClock businessClock, ItemTargets targets) {
		this.businessClock = businessClock;
		this.targets = targets;
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
	}

	Optional<Long> planOf(long documentId) {
		return jdbc.sql("select id from plans.work_plan where document_id = :d").param("d", documentId)
			.query(Long.class).optional();
	}

	/** The plan an issuing document carries: its sections and numbered items. */
	long writeIssued(PlanDraft draft, DraftReview.Review review, RecordedDocument document, Long parent,
			CurrentUser by) {
		var plan = draft.content().notice().plan();
		long planId = insertPlan(plan.title() != null ? plan.title() : document.title(), plan.year(), document, parent,
				draft.content().issuedOn(), by);
		Map<String, Long> sections = new HashMap<>();
		for (String title : plan.sections()) {
			sections.computeIfAbsent(title, t -> insertSection(planId, sections.size(), t));
		}
		int position = 0;
		for (DraftReview.ItemView view : review.items()) {
			WorkItemDraft item = view.item();
			Long section = item.section() == null ? null
					: sections.computeIfAbsent(item.section(), t -> insertSection(planId, sections.size(), t));
			long itemId = insertItem(planId, section, position++, item.no(), item.text(), "ITEM",
					item.leadMode() == null ? null : item.leadMode().name(),
					item.cooperatorRole() == null ? null : item.cooperatorRole().word(),
					String.join("|", item.timeNodes()), targets.stored(item.targets()));
			assign(itemId, AssignmentRole.LEAD, view.leads());
			assign(itemId, AssignmentRole.COOPERATING, view.cooperators());
		}
		announce(planId, document);
		return planId;
	}

	/**
	 * The plan of a forwarding document: it refers to the forwarded plan and carries the forwarding office's own
	 * points, each led by the units the office picked at review, or by the office itself.
	 */
	long writeForward(PlanDraft draft, DraftReview.Review review, RecordedDocument document, Long parent,
			CurrentUser by) {
		long planId = insertPlan(document.title(), draft.content().notice().plan().year(), document, parent,
				draft.content().issuedOn(), by);
		Unit office = directory.unit(new UnitId(document.issuerUnitId())).orElseThrow();
		for (DraftReview.PointView point : review.points()) {
			long itemId = insertItem(planId, null, point.index(), Integer.toString(point.index() + 1), point.text(),
					"POINT", "SINGLE", null, "", targets.readFrom(point.text()));
			if (point.leads().isEmpty()) {
				insertAssignment(itemId, AssignmentRole.LEAD, 0, office.name(), office.id().value());
			}
			else {
				assign(itemId, AssignmentRole.LEAD, point.leads());
			}
		}
		announce(planId, document);
		return planId;
	}

	/**
	 * The issuing date (成文日期) deadlines count from. Notices such as the seed carry none; the plan then counts from
	 * the day it is published, or from 1 January of its year when that lies in an earlier year's plan.
	 */
	private java.time.LocalDate issuedOn(Integer year) {
		java.time.LocalDate today = businessClock.today();
		if (year != null && year < today.getYear()) {
			return java.time.LocalDate.of(year, 1, 1);
		}
		return today;
	}

	private void assign(long itemId, AssignmentRole role, List<PhraseView> phrases) {
		int position = 0;
		for (PhraseView phrase : phrases) {
			for (Unit unit : phrase.units()) {
				insertAssignment(itemId, role, position++, phrase.phrase(), unit.id().value());
			}
		}
	}

	private void announce(long planId, RecordedDocument document) {
		events.publishEvent(new PlanPublished(planId, document.issuerUnitId(), document.regionCode()));
	}

	private long insertPlan(String title, Integer year, RecordedDocument document, Long parent,
			java.time.LocalDate issuedOn, CurrentUser by) {
		return jdbc.sql("""
				insert into plans.work_plan (title, year, issuer_unit_id, region_code, document_id, doc_number, issuer,
				  parent_plan_id, issued_on, published_at, published_by)
				values (:title, :year, :issuer, :region, :document, :number, :issuerName, :parent, :issued, :at, :by)
				returning id""")
			.param("title", title).param("year", year).param("issuer", document.issuerUnitId())
			.param("region", document.regionCode()).param("document", document.id())
			.param("number", document.docNumber()).param("issuerName", document.issuer()).param("parent", parent)
			.param("issued", issuedOn != null ? issuedOn : issuedOn(year))
			.param("at", Timestamp.from(businessClock.now())).param("by", by.getUsername())
			.query(Long.class).single();
	}

	private long insertSection(long planId, int position, String title) {
		return jdbc.sql("insert into plans.section (plan_id, position, title) values (:p, :pos, :t) returning id")
			.param("p", planId).param("pos", position).param("t", title).query(Long.class).single();
	}

	private long insertItem(long planId, Long section, int position, String no, String text, String origin,
			String leadMode, String cooperatorRole, String timeNodes, String targets) {
		return jdbc.sql("""
				insert into plans.work_item (plan_id, section_id, position, item_no, text, origin, lead_mode,
				  cooperator_role, time_nodes, targets)
				values (:plan, :section, :position, :no, :text, :origin, :mode, :role, :nodes, :targets) returning id""")
			.param("plan", planId).param("section", section).param("position", position).param("no", no)
			.param("text", text).param("origin", origin).param("mode", leadMode).param("role", cooperatorRole)
			.param("nodes", timeNodes).param("targets", targets).query(Long.class).single();
	}

	private void insertAssignment(long itemId, AssignmentRole role, int position, String phrase, long unitId) {
		jdbc.sql("""
				insert into plans.assignment (item_id, role, position, phrase, unit_id)
				values (:item, :role, :position, :phrase, :unit)""")
			.param("item", itemId).param("role", role.name()).param("position", position).param("phrase", phrase)
			.param("unit", unitId).update();
	}
}

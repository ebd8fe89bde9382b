package cn.shuangyong.plans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading published plans. A user sees the plans of the offices above them (the plans they must carry out) and of
 * their own region and below; another region's plan answers 404.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlans {

	/** A plan is seen in its issuer's region subtree and by every office below, whose work it directs. */
	private static final String VISIBLE = "(:scopeRoot like p.region_code || '%' or p.region_code like :scope)";

	private static final String SUMMARY = """
			select p.id, p.title, p.year, p.issuer_unit_id, p.issuer, p.doc_number, p.region_code, p.parent_plan_id,
			  p.document_id, p.issued_on
			from plans.work_plan p""";

	private final JdbcClient jdbc;

	private final Directory directory;

	WorkPlans(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	public List<PlanSummary> visibleTo(CurrentUser user) {
		user.require(Permission.WORK_READ);
		return user.scope().bind(jdbc.sql(SUMMARY + " where " + VISIBLE
				+ " order by p.year desc nulls last, length(p.region_code), p.id"))
			.query(WorkPlans::summary).list();
	}

	/**
	 * One page of the plans a user may see: the issuing office's level first (the province's plans, whose work every
	 * office below carries out, lead), then the newest by date of issue. SQL reads the level from the code's length,
	 * as {@link cn.shuangyong.shared.RegionLevel} does.
	 */
	public ListPage<PlanSummary> page(Paging paging, CurrentUser user) {
		user.require(Permission.WORK_READ);
		long total = user.scope().bind(jdbc.sql("select count(*) from plans.work_plan p where " + VISIBLE))
			.query(Long.class).single();
		List<PlanSummary> plans = paging.bind(user.scope().bind(jdbc.sql(SUMMARY + " where " + VISIBLE
				+ " order by length(p.region_code), p.issued_on desc nulls last, p.year desc nulls last, p.id desc"
				+ Paging.SQL)))
			.query(WorkPlans::summary).list();
		return paging.of(plans, total);
	}

	/** {@link #visibleTo} grouped by the level of the issuing office, for pickers and lists. */
	public List<PlanGroup> visibleByLevel(CurrentUser user) {
		return PlanGroup.byLevel(visibleTo(user));
	}

	public PlanSummary find(long planId, CurrentUser user) {
		PlanSummary plan = user.scope().bind(jdbc.sql(SUMMARY + " where p.id = :id and " + VISIBLE)).param("id", planId)
			.query(WorkPlans::summary).optional()
			.orElseThrow(() -> new NotFoundException("工作要点不存在"));
		user.require(Permission.WORK_READ);
		return plan;
	}

	/** The plans that forward this one. */
	public List<PlanSummary> forwardsOf(long planId) {
		return jdbc.sql(SUMMARY + " where p.parent_plan_id = :id order by p.region_code").param("id", planId)
			.query(WorkPlans::summary).list();
	}

	/** The plan and every plan that forwards it, at any depth (province → prefectures → counties). */
	public List<Long> cascade(long planId) {
		return jdbc.sql("""
				with recursive down (id) as (
				  select id from plans.work_plan where id = :id
				  union all
				  select p.id from plans.work_plan p join down d on p.parent_plan_id = d.id)
				select id from down order by id""").param("id", planId).query(Long.class).list();
	}

	/** The plan published from the document with this number, if the user may see it. */
	public Optional<PlanSummary> byDocNumber(String docNumber, CurrentUser user) {
		if (docNumber == null || docNumber.isBlank()) {
			return Optional.empty();
		}
		return user.scope().bind(jdbc.sql(SUMMARY + " where p.doc_number = :n and " + VISIBLE + " order by p.id"))
			.param("n", docNumber.strip()).query(WorkPlans::summary).stream().findFirst();
	}

	public Optional<PlanSummary> byId(long planId) {
		return jdbc.sql(SUMMARY + " where p.id = :id").param("id", planId).query(WorkPlans::summary).optional();
	}

	public List<String> sections(long planId) {
		return jdbc.sql("select title from plans.section where plan_id = :p order by position").param("p", planId)
			.query(String.class).list();
	}

	/**
	 * The section title of each of a plan's items ("" for an item outside any section), for lists and figures that
	 * only group or filter by section and need neither the items' texts nor their units.
	 */
	public Map<Long, String> sectionOfItems(long planId) {
		Map<Long, String> sections = new HashMap<>();
		jdbc.sql("select i.id, coalesce(s.title, '') from plans.work_item i"
				+ " left join plans.section s on s.id = i.section_id where i.plan_id = :p").param("p", planId)
			.query(rs -> {
				sections.put(rs.getLong(1), rs.getString(2));
			});
		return sections;
	}

	/** A plan's items in order, each with its units. */
	public List<PlanItem> items(long planId) {
		return withUnits(jdbc.sql(ITEMS + " where i.plan_id = :p order by i.position").param("p", planId)
			.query(WorkPlans::bareItem).list());
	}

	public PlanItem item(long itemId, CurrentUser user) {
		PlanItem item = withUnits(jdbc.sql(ITEMS + " where i.id = :id").param("id", itemId)
			.query(WorkPlans::bareItem).list()).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("要点条目不存在"));
		find(item.planId(), user);
		return item;
	}

	/** What a unit leads or helps with, across the plans the viewer may see. */
	public List<Involvement> involvementOf(long unitId, CurrentUser user) {
		user.require(Permission.WORK_READ);
		return user.scope().bind(jdbc.sql("""
				select distinct p.id as plan_id, p.title as plan_title, i.id as item_id, i.item_no, i.text, a.role
				from plans.assignment a join plans.work_item i on i.id = a.item_id
				join plans.work_plan p on p.id = i.plan_id
				where a.unit_id = :unit and\s""" + VISIBLE + " order by p.id, i.id"))
			.param("unit", unitId)
			.query((rs, n) -> new Involvement(rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("item_id"),
					rs.getString("item_no"), rs.getString("text"), AssignmentRole.valueOf(rs.getString("role"))))
			.list();
	}

	private List<PlanItem> withUnits(List<PlanItem> items) {
		if (items.isEmpty()) {
			return items;
		}
		Map<Long, List<ItemAssignment>> units = new LinkedHashMap<>();
		record Row(long itemId, long unitId, AssignmentRole role, String phrase) {
		}
		List<Row> rows = jdbc.sql("""
				select a.item_id, a.unit_id, a.role, a.phrase from plans.assignment a
				where a.item_id in (:items) order by a.item_id, a.role desc, a.position""")
			.param("items", items.stream().map(PlanItem::id).toList())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), AssignmentRole.valueOf(rs.getString(3)),
					rs.getString(4)))
			.list();
		Map<Long, String> names = new java.util.HashMap<>();
		directory.units(rows.stream().map(r -> new UnitId(r.unitId())).distinct().toList())
			.forEach(u -> names.put(u.id().value(), u.name()));
		rows.forEach(r -> units.computeIfAbsent(r.itemId(), k -> new ArrayList<>())
			.add(new ItemAssignment(r.unitId(), names.getOrDefault(r.unitId(), ""), r.role(), r.phrase())));
		return items.stream()
			.map(i -> new PlanItem(i.id(), i.planId(), i.no(), i.section(), i.text(), i.origin(), i.leadMode(),
					i.cooperatorRole(), i.timeNodes(), units.getOrDefault(i.id(), List.of())))
			.toList();
	}

	private static final String ITEMS = """
			select i.id, i.plan_id, i.item_no, s.title as section, i.text, i.origin, i.lead_mode, i.cooperator_role,
			  i.time_nodes from plans.work_item i left join plans.section s on s.id = i.section_id""";

	private static PlanItem bareItem(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String nodes = rs.getString("time_nodes");
		return new PlanItem(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("item_no"), rs.getString("section"),
				rs.getString("text"), rs.getString("origin"), rs.getString("lead_mode"), rs.getString("cooperator_role"),
				nodes == null || nodes.isEmpty() ? List.of() : Arrays.asList(nodes.split("\\|")), List.of());
	}

	private static PlanSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new PlanSummary(rs.getLong("id"), rs.getString("title"), (Integer) rs.getObject("year"),
				rs.getLong("issuer_unit_id"), rs.getString("issuer"), rs.getString("doc_number"),
				rs.getString("region_code"), (Long) rs.getObject("parent_plan_id"), rs.getLong("document_id"),
				rs.getObject("issued_on", java.time.LocalDate.class));
	}

	/** A unit's part in one item. */
	public record Involvement(long planId, String planTitle, long itemId, String itemNo, String text,
			AssignmentRole role) {
	}
}

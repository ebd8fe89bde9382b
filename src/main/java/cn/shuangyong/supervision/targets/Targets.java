package cn.shuangyong.supervision.targets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.tasklife.TaskStore;
import cn.shuangyong.supervision.TaskView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quantitative targets of plan items. The office that issued an item's tasks sets them; a target that units
 * have already reported figures for cannot be removed, only changed, so no reported figure is lost.
 */
@Service
@Transactional
public class Targets {

	private final JdbcClient jdbc;

	private final TaskStore events;

	Targets(JdbcClient jdbc, TaskStore events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Target> ofItem(long itemId) {
		return jdbc.sql("""
				select id, item_id, name, measure, required, per_prefecture, origin from supervision.target
				where item_id = :i order by position, id""")
			.param("i", itemId)
			.query((rs, n) -> new Target(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getBoolean(6), rs.getString(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Target> ofTask(TaskView task) {
		return task.itemId() == null ? List.of() : ofItem(task.itemId());
	}

	/** Whether this user's office issued the item's tasks and so sets its targets. */
	@Transactional(readOnly = true)
	public boolean maySet(long itemId, CurrentUser user) {
		return user.can(Permission.WORK_EDIT) && jdbc.sql(
				"select count(*) from supervision.task where item_id = :i and issuer_unit_id = :u")
			.param("i", itemId).param("u", user.unitId()).query(Long.class).single() > 0;
	}

	/** Replaces the item's targets with these; blank rows are left out. */
	public List<Target> set(long itemId, List<Target.Draft> drafts, CurrentUser by) {
		if (!maySet(itemId, by)) {
			throw new AccessDeniedException("只有下发该条任务的双拥办可以设置量化指标");
		}
		List<Target.Draft> wanted = drafts.stream()
			.filter(d -> !d.name().isEmpty() || !d.measure().isEmpty() || d.required() != null).toList();
		check(wanted);
		List<Target> before = ofItem(itemId);
		Set<String> names = new HashSet<>();
		wanted.forEach(d -> names.add(d.name()));
		for (Target old : before) {
			if (!names.contains(old.name())) {
				remove(old);
			}
		}
		for (int i = 0; i < wanted.size(); i++) {
			Target.Draft d = wanted.get(i);
			jdbc.sql("""
					insert into supervision.target (item_id, name, measure, required, per_prefecture, position, origin)
					values (:i, :n, :m, :r, :p, :pos, 'OFFICE')
					on conflict (item_id, name) do update set measure = excluded.measure, required = excluded.required,
					  per_prefecture = excluded.per_prefecture, position = excluded.position, origin = 'OFFICE'""")
				.param("i", itemId).param("n", d.name()).param("m", d.measure()).param("r", d.required())
				.param("p", d.perPrefecture()).param("pos", i).update();
		}
		String summary = wanted.isEmpty() ? "（无）" : String.join("；", wanted.stream()
			.map(d -> d.name() + (d.perPrefecture() ? " 各州市" : " 合计") + "不少于" + d.required() + d.measure()).toList());
		jdbc.sql("select id from supervision.task where item_id = :i and issuer_unit_id = :u order by id")
			.param("i", itemId).param("u", by.unitId()).query(Long.class).list()
			.forEach(taskId -> events.note(taskId, "TARGETS", summary, TaskStore.Actor.of(by)));
		return ofItem(itemId);
	}

	/** Keeps targets read from the item's text, unless the item has targets already. */
	void keepRead(long itemId, List<Target.Draft> read) {
		if (read.isEmpty() || !ofItem(itemId).isEmpty()) {
			return;
		}
		for (int i = 0; i < read.size(); i++) {
			Target.Draft d = read.get(i);
			jdbc.sql("""
					insert into supervision.target (item_id, name, measure, required, per_prefecture, position, origin)
					values (:i, :n, :m, :r, :p, :pos, 'DETECTED') on conflict (item_id, name) do nothing""")
				.param("i", itemId).param("n", d.name()).param("m", d.measure()).param("r", d.required())
				.param("p", d.perPrefecture()).param("pos", i).update();
		}
	}

	private void remove(Target old) {
		long figures = jdbc.sql("select count(*) from supervision.report_figure where target_id = :t")
			.param("t", old.id()).query(Long.class).single();
		if (figures > 0) {
			throw new InvalidInputException("指标“" + old.name() + "”已有单位报送了数字，不能删除，只能修改");
		}
		jdbc.sql("delete from supervision.target where id = :t").param("t", old.id()).update();
	}

	private static void check(List<Target.Draft> drafts) {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < drafts.size(); i++) {
			Target.Draft d = drafts.get(i);
			String row = "第 " + (i + 1) + " 行指标";
			if (d.name().isEmpty() || d.name().length() > 100) {
				problems.add(row + "须填写名称（不超过 100 字）");
			}
			else if (!seen.add(d.name())) {
				problems.add(row + "“" + d.name() + "”与前面的指标重名");
			}
			if (d.measure().isEmpty() || d.measure().length() > 20) {
				problems.add(row + "须填写计量单位（如 篇、部、场，不超过 20 字）");
			}
			if (d.required() == null || d.required() < 1 || d.required() > 1_000_000) {
				problems.add(row + "的要求数量须为 1 至 1000000 之间的整数");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}

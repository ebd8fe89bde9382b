package cn.shuangyong.supervision.tasklife;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.shuangyong.supervision.TaskView;

/**
 * The reports of a task gathered by unit: each lead (the first-named first) and each cooperating unit with its own
 * reports, their figures and files, and when it last reported. Cooperators' reports roll up into the lead's task, so
 * the lead and the office see who has and has not reported.
 */
@Service
@Transactional(readOnly = true)
public class ReportRollUp {

	private final JdbcClient jdbc;

	ReportRollUp(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One unit's part in a task. */
	public record UnitReports(TaskView.UnitRef unit, boolean lead, boolean firstLead, List<Report> reports) {

		public Instant lastReportAt() {
			return reports.isEmpty() ? null : reports.get(reports.size() - 1).at();
		}
	}

	public record Report(long id, String author, String text, Instant at, List<Figure> figures, List<Attachment> files) {
	}

	public record Figure(String target, String measure, int value) {
	}

	public record Attachment(long id, String name, long size, String contentType) {

		public String sizeText() {
			return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB"
					: String.format(java.util.Locale.ROOT, "%.1f MB", size / 1024.0 / 1024.0);
		}
	}

	public List<UnitReports> of(TaskView task) {
		Map<Long, List<Report>> byUnit = reportsByUnit(task.id());
		List<UnitReports> units = new ArrayList<>();
		for (int i = 0; i < task.leadUnits().size(); i++) {
			TaskView.UnitRef lead = task.leadUnits().get(i);
			units.add(new UnitReports(lead, true, i == 0, byUnit.getOrDefault(lead.id(), List.of())));
		}
		task.cooperatingUnits()
			.forEach(c -> units.add(new UnitReports(c, false, false, byUnit.getOrDefault(c.id(), List.of()))));
		return units;
	}

	/** The cooperating units that have not reported on the task yet. */
	public static List<TaskView.UnitRef> silentCooperators(List<UnitReports> units) {
		return units.stream().filter(u -> !u.lead() && u.reports().isEmpty()).map(UnitReports::unit).toList();
	}

	private Map<Long, List<Report>> reportsByUnit(long taskId) {
		Map<Long, List<Figure>> figures = new HashMap<>();
		jdbc.sql("""
				select f.report_id, g.name, g.measure, f.value from supervision.report_figure f
				join supervision.target g on g.id = f.target_id
				join supervision.progress_report r on r.id = f.report_id
				where r.task_id = :t order by g.position, g.id""")
			.param("t", taskId)
			.query(rs -> {
				figures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Figure(rs.getString(2), rs.getString(3), rs.getInt(4)));
			});
		Map<Long, List<Attachment>> files = new HashMap<>();
		jdbc.sql("""
				select a.report_id, a.id, a.original_name, a.size_bytes, a.content_type from supervision.report_attachment a
				join supervision.progress_report r on r.id = a.report_id where r.task_id = :t order by a.id""")
			.param("t", taskId)
			.query(rs -> {
				files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Attachment(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
			});
		Map<Long, List<Report>> byUnit = new HashMap<>();
		jdbc.sql("select id, unit_id, author, text, created_at from supervision.progress_report where task_id = :t order by id")
			.param("t", taskId)
			.query(rs -> {
				long id = rs.getLong(1);
				byUnit.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
					.add(new Report(id, rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
							figures.getOrDefault(id, List.of()), files.getOrDefault(id, List.of())));
			});
		return byUnit;
	}
}

package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way other modules open a task. The task is kept in the first lead's region, so that lead's superiors see
 * it, and signed off by the issuing office. Its life is then the same as a plan item's task.
 */
@Service
@Transactional
public class TaskIssuing {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final BusinessClock clock;

	private final TaskUnits taskUnits;

	TaskIssuing(JdbcClient jdbc, Directory directory, BusinessClock clock, TaskUnits taskUnits) {
		this.taskUnits = taskUnits;
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/** Opens the task and returns its id. */
	public long open(OpenTask command) {
		List<Unit> leads = existing(command.leadUnitIds());
		List<Unit> cooperators = existing(command.cooperatingUnitIds());
		Unit issuer = directory.unit(new UnitId(command.issuerUnitId()))
			.orElseThrow(() -> new InvalidInputException("发起单位不存在"));
		long taskId = jdbc.sql("""
				insert into supervision.task (source_kind, source_id, title, region_code, issuer_unit_id, issuer_region,
				  deadline, created_at, lead_unit_id)
				values (:kind, :source, :title, :region, :issuer, :issuerRegion, :deadline, :at, :lead) returning id""")
			.param("kind", command.sourceKind().name()).param("source", command.sourceId())
			.param("title", command.title()).param("region", leads.get(0).regionCode().value())
			.param("issuer", issuer.id().value()).param("issuerRegion", issuer.regionCode().value())
			.param("deadline", command.deadline()).param("at", Timestamp.from(clock.now()))
			.param("lead", leads.get(0).id().value()).query(Long.class).single();
		taskUnits.attach(taskId, leads, cooperators);
		return taskId;
	}

	private List<Unit> existing(List<Long> ids) {
		List<Unit> found = directory.units(ids.stream().map(UnitId::new).toList());
		if (found.size() != ids.size()) {
			throw new InvalidInputException("所选单位中有单位不存在，请刷新后重新选择");
		}
		List<Unit> ordered = new ArrayList<>();
		ids.forEach(id -> found.stream().filter(u -> u.id().value() == id).findFirst().ifPresent(ordered::add));
		return ordered;
	}
}

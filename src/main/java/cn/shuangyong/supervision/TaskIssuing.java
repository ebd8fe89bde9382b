package cn.shuangyong.supervision;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.supervision.tasklife.TaskSources;
import cn.shuangyong.supervision.tasklife.TaskStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way other modules open a task. The task is kept in the first lead's region, so that lead's superiors see
 * it, and signed off by the issuing office. Its life is then the same as a plan item's task.
 */
@Service
@Transactional
public class TaskIssuing {

	private final Directory directory;

	private final BusinessClock clock;

	private final TaskStore store;

	private final TaskSources sources;

	TaskIssuing(Directory directory, BusinessClock clock, TaskStore store, TaskSources sources) {
		this.directory = directory;
		this.clock = clock;
		this.store = store;
		this.sources = sources;
	}

	/** Opens the task and returns its id. */
	public long open(OpenTask command) {
		sources.requireDeclared(command.source());
		List<Unit> leads = existing(command.leadUnitIds());
		List<Unit> cooperators = existing(command.cooperatingUnitIds());
		Unit issuer = directory.unit(new UnitId(command.issuerUnitId()))
			.orElseThrow(() -> new InvalidInputException("发起单位不存在"));
		return store.open(new TaskStore.NewTask(null, null, null, command.source().code(), command.sourceId(),
				command.title(), leads.get(0).regionCode().value(), issuer.id().value(), issuer.regionCode().value(),
				command.deadline(), clock.now(), leads, cooperators));
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

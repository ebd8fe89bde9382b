package cn.shuangyong.publicity;

import java.util.Map;

import cn.shuangyong.supervision.targets.TargetTally;
import org.springframework.stereotype.Component;

/**
 * Supervision counts an item's targets that name a kind of work from the works the office accepted, not from the
 * figures units type: a work counts once it is accepted, for its author unit.
 */
@Component
class WorkTally implements TargetTally {

	private final WorkStore store;

	private final WorkKinds kinds;

	WorkTally(WorkStore store, WorkKinds kinds) {
		this.store = store;
		this.kinds = kinds;
	}

	@Override
	public boolean counts(long itemId, String targetName) {
		return kinds.countedBy(targetName).isPresent();
	}

	@Override
	public Map<Long, Integer> count(long itemId, String targetName) {
		return kinds.countedBy(targetName).map(kind -> store.acceptedByUnit(itemId, kind)).orElse(Map.of());
	}

	@Override
	public String source() {
		return "按审核采用的宣传作品统计";
	}
}

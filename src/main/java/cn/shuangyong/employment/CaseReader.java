package cn.shuangyong.employment;

import java.util.HashMap;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Component;

/**
 * Which spouse cases a user reads (issue 19, 3): a military unit's liaison those of its own unit, wherever the spouse
 * wishes to work; a local department those assigned to it; an office, and anyone else who may read personal data,
 * those of its region. Every list binds the one condition this gives; one case outside it answers 404.
 */
@Component
class CaseReader {

	private final Directory directory;

	CaseReader(Directory directory) {
		this.directory = directory;
	}

	Sight of(CurrentUser user) {
		user.require(Permission.WORK_READ);
		Unit unit = directory.unit(new UnitId(user.unitId())).orElseThrow(() -> new NotFoundException("单位不存在"));
		if (unit.kind() == UnitKind.MILITARY) {
			return new Sight(user, Standpoint.OWN_UNIT);
		}
		if (unit.kind() == UnitKind.OFFICE || user.can(Permission.PERSONAL_DATA_READ)) {
			return new Sight(user, Standpoint.REGION);
		}
		return new Sight(user, Standpoint.ASSIGNED);
	}

	enum Standpoint {

		/** A military unit: the cases of its soldiers and those it filed. */
		OWN_UNIT("(n.soldier_unit_id = :viewerUnit or n.filed_by_unit_id = :viewerUnit)"),
		/** An office: the cases of its region. */
		REGION("n.region_code like :scope"),
		/** A local department: the cases assigned to it. */
		ASSIGNED("n.assigned_unit_id = :viewerUnit");

		private final String condition;

		Standpoint(String condition) {
			this.condition = condition;
		}
	}

	/** The user and where they stand. */
	record Sight(CurrentUser user, Standpoint standpoint) {

		/** The condition on {@code employment.need n}; {@link #parameters()} binds it. */
		String condition() {
			return standpoint.condition;
		}

		Map<String, Object> parameters() {
			Map<String, Object> values = new HashMap<>();
			values.put("viewerUnit", user.unitId());
			return user.scope().bind(values);
		}

		boolean sees(NeedStore.NeedRow row) {
			return switch (standpoint) {
				case OWN_UNIT -> row.soldierUnitId() == user.unitId() || row.filedByUnitId() == user.unitId();
				case REGION -> user.covers(row.regionCode());
				case ASSIGNED -> row.assignedUnitId() == user.unitId();
			};
		}

		boolean military() {
			return standpoint == Standpoint.OWN_UNIT;
		}
	}
}

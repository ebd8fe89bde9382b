package cn.shuangyong.schooling;

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
 * Which applications a user reads (issue 19, 3): a military unit's liaison those of its own unit; an education
 * department those it must decide or review; an office, and anyone else who may read personal data, those of its
 * region. One application outside it answers 404.
 */
@Component
class ApplicationReader {

	private final Directory directory;

	ApplicationReader(Directory directory) {
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

		OWN_UNIT("(a.soldier_unit_id = :viewerUnit or a.filed_by_unit_id = :viewerUnit)"),
		REGION("a.region_code like :scope"),
		ASSIGNED("(a.assigned_unit_id = :viewerUnit or a.review_unit_id = :viewerUnit)");

		private final String condition;

		Standpoint(String condition) {
			this.condition = condition;
		}
	}

	record Sight(CurrentUser user, Standpoint standpoint) {

		/** The condition on {@code schooling.application a}; {@link #parameters()} binds it. */
		String condition() {
			return standpoint.condition;
		}

		Map<String, Object> parameters() {
			Map<String, Object> values = new HashMap<>();
			values.put("viewerUnit", user.unitId());
			return user.scope().bind(values);
		}

		boolean sees(ApplicationStore.Row row) {
			long unit = user.unitId();
			return switch (standpoint) {
				case OWN_UNIT -> (row.soldierUnitId() != null && row.soldierUnitId() == unit) || row.filedByUnitId() == unit;
				case REGION -> user.covers(row.regionCode());
				case ASSIGNED -> row.assignedUnitId() == unit || row.reviewUnitId() == unit;
			};
		}
	}
}

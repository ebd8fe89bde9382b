package cn.shuangyong.employment.web;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The units a form offers: soldiers' units for a need, employers for a post. */
@Component
class EmploymentChoices {

	private final Directory directory;

	EmploymentChoices(Directory directory) {
		this.directory = directory;
	}

	/** True for a military unit's user, who registers needs but offers no posts. */
	boolean military(CurrentUser user) {
		return directory.unit(new UnitId(user.unitId())).map(u -> u.kind() == UnitKind.MILITARY).orElse(false);
	}

	/** A military liaison registers for its own unit; an office for the military units of its region and below. */
	List<Unit> soldierUnits(CurrentUser user) {
		Unit own = directory.unit(new UnitId(user.unitId())).orElseThrow();
		if (own.kind() == UnitKind.MILITARY) {
			return List.of(own);
		}
		if (own.kind() != UnitKind.OFFICE) {
			return List.of();
		}
		return near(user).stream().filter(u -> u.kind() == UnitKind.MILITARY).toList();
	}

	/**
	 * Employers of set-aside and state-owned posts: the local units of the user's region and the regions just below,
	 * and the province's state-owned enterprises, kept in the directory by their names (ending in 公司).
	 */
	List<Unit> employers(CurrentUser user) {
		List<Unit> units = new ArrayList<>(near(user).stream()
			.filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.SERVICE_CENTRE).toList());
		directory.unitsIn(RegionCode.of("53")).stream()
			.filter(u -> u.kind() == UnitKind.DEPARTMENT && u.name().endsWith("公司")).forEach(units::add);
		return units;
	}

	private List<Unit> near(CurrentUser user) {
		RegionCode own = RegionCode.of(user.regionCode());
		List<Unit> units = new ArrayList<>(directory.unitsIn(own));
		for (Region child : directory.children(own)) {
			units.addAll(directory.unitsIn(child.code()));
		}
		return units;
	}
}

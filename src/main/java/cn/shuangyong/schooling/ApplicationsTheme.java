package cn.shuangyong.schooling;

import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.figures.RegionFigures;
import org.springframework.stereotype.Component;

/**
 * The dashboard's map theme of school places: the applications for the terms of the business year, by region, as
 * {@link SchoolingFigures} counts them over the applications the user may see.
 */
@Component
class ApplicationsTheme implements RegionFigures {

	private final SchoolingFigures figures;

	ApplicationsTheme(SchoolingFigures figures) {
		this.figures = figures;
	}

	@Override
	public String key() {
		return "schooling-applications";
	}

	@Override
	public String nameKey() {
		return "schooling.theme.applications";
	}

	@Override
	public String unitKey() {
		return "schooling.theme.unit";
	}

	@Override
	public boolean availableTo(CurrentUser user) {
		return user.can(Permission.WORK_READ);
	}

	@Override
	public List<RegionFigure> below(String regionCode, CurrentUser user) {
		return figures.of(regionCode, null, user).byRegion().stream()
			.map(l -> new RegionFigure(l.key(), l.name(), l.applications()))
			.toList();
	}
}

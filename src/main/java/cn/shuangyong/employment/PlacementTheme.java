package cn.shuangyong.employment;

import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.figures.RegionFigures;
import org.springframework.stereotype.Component;

/**
 * The dashboard's map theme of spouse employment: the placement rate of the needs registered in the business year,
 * by region, as {@link EmploymentFigures} counts it over the cases the user may see.
 */
@Component
class PlacementTheme implements RegionFigures {

	private final EmploymentFigures figures;

	PlacementTheme(EmploymentFigures figures) {
		this.figures = figures;
	}

	@Override
	public String key() {
		return "employment-placement";
	}

	@Override
	public String nameKey() {
		return "employment.theme.placement";
	}

	@Override
	public String unitKey() {
		return "employment.theme.percent";
	}

	@Override
	public boolean availableTo(CurrentUser user) {
		return user.can(Permission.WORK_READ);
	}

	@Override
	public List<RegionFigure> below(String regionCode, CurrentUser user) {
		return figures.of(regionCode, null, user).lines().stream()
			.map(l -> new RegionFigure(l.regionCode(), l.regionName(), l.placementRate()))
			.toList();
	}
}

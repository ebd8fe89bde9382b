package cn.shuangyong.stations;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.figures.RegionFigures;
import org.springframework.stereotype.Component;

/**
 * The dashboard's map theme of the 五有 network: for each region below, the share of the service centres and
 * stations in it (its own and every one below, all levels together) that meet all five, from the same coverage by
 * level that {@link FiveHasQueries#coverage} gives.
 */
@Component
class FiveHasTheme implements RegionFigures {

	private final FiveHasQueries queries;

	private final Directory directory;

	FiveHasTheme(FiveHasQueries queries, Directory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	@Override
	public String key() {
		return "stations-five-has";
	}

	@Override
	public String nameKey() {
		return "stations.theme.fiveHas";
	}

	@Override
	public String unitKey() {
		return "stations.theme.percent";
	}

	@Override
	public boolean availableTo(CurrentUser user) {
		return user.can(Permission.WORK_READ);
	}

	@Override
	public List<RegionFigure> below(String regionCode, CurrentUser user) {
		return directory.children(RegionCode.of(regionCode)).stream()
			.map(r -> new RegionFigure(r.code().value(), r.name(), rate(queries.coverage(r.code().value(), user))))
			.toList();
	}

	/** All levels together: stations meeting all five over stations, in per cent, one decimal. */
	static double rate(List<LevelCoverage> levels) {
		int stations = levels.stream().mapToInt(LevelCoverage::stations).sum();
		int complete = levels.stream().mapToInt(LevelCoverage::complete).sum();
		return stations == 0 ? 0 : Math.round(complete * 1000.0 / stations) / 10.0;
	}
}

package cn.shuangyong.stations;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the 五有 records in a user's scope (or a region below it) and the coverage by level: the directory has one
 * service centre or station per region, so a level counts as many stations as it has regions.
 */
@Service
@Transactional(readOnly = true)
public class FiveHasQueries {

	private final FiveHasStore store;

	private final Directory directory;

	FiveHasQueries(FiveHasStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	public ListPage<FiveHasRecord> page(String region, boolean shortOnly, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<FiveHasRecord> rows = store.page(by.scope(), within(region, by), shortOnly, paging);
		Map<Long, String> names = directory.units(rows.content().stream().map(r -> new UnitId(r.unitId())).toList())
			.stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		return rows.map(r -> r.named(names.getOrDefault(r.unitId(), "")));
	}

	public List<LevelCoverage> coverage(String region, CurrentUser by) {
		by.require(Permission.WORK_READ);
		String root = within(region, by);
		String from = root == null ? by.regionCode() : root;
		Map<RegionLevel, Integer> stations = new EnumMap<>(RegionLevel.class);
		for (Region r : directory.regionsWithin(RegionCode.of(from))) {
			stations.merge(r.level(), 1, Integer::sum);
		}
		return LevelCoverage.of(RegionLevel.ofCode(from), stations, store.all(by.scope(), root));
	}

	/** A region asked for must be the user's own or below it: malformed is 400, outside the scope 404 as every read. */
	private static String within(String region, CurrentUser by) {
		if (region == null || region.isBlank()) {
			return null;
		}
		if (!region.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new InvalidInputException("行政区划代码“" + region + "”无效，应为 2、4、6、9 或 12 位数字");
		}
		if (!by.covers(region)) {
			throw new cn.shuangyong.shared.NotFoundException("该地区不在您的数据范围内");
		}
		return region;
	}
}

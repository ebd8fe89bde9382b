package cn.shuangyong.beneficiaries.honours.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import org.springframework.stereotype.Component;

/** The names pages show for the codes and ids the honours keep: regions, stations, categories. */
@Component
class HonoursNames {

	private final Directory directory;

	private final CategoryCatalogue catalogue;

	HonoursNames(Directory directory, CategoryCatalogue catalogue) {
		this.directory = directory;
		this.catalogue = catalogue;
	}

	/** Station (or any unit) names by id; a null id reads 未指定服务站. */
	Map<Long, String> units(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		directory.units(ids.stream().filter(Objects::nonNull).distinct().map(UnitId::new).toList())
			.forEach(u -> names.put(u.id().value(), u.name()));
		return names;
	}

	String unit(Long id) {
		return id == null ? "" : directory.unit(new UnitId(id)).map(Unit::name).orElse("");
	}

	/** The place a region code names, from the county down (禄丰市金山镇董户村社区). */
	String place(String code) {
		try {
			List<Region> lineage = directory.lineage(new RegionCode(code));
			return String.join("", lineage.stream().skip(Math.min(2, Math.max(0, lineage.size() - 1)))
				.map(Region::name).toList());
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}

	Map<String, String> places(Collection<String> codes) {
		Map<String, String> names = new HashMap<>();
		codes.stream().distinct().forEach(c -> names.put(c, place(c)));
		return names;
	}

	String region(String code) {
		try {
			return directory.region(new RegionCode(code)).map(Region::name).orElse(code);
		}
		catch (IllegalArgumentException e) {
			return code;
		}
	}

	List<Region> children(String code) {
		return directory.children(new RegionCode(code));
	}

	String categories(List<String> codes) {
		return String.join("、", codes.stream()
			.map(c -> catalogue.byCode(c).map(cat -> cat.label()).orElse(c)).toList());
	}
}

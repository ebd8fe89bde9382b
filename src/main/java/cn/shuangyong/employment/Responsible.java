package cn.shuangyong.employment;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The department that must deliver a spouse's need: the 人力资源和社会保障局 of the region she wishes to work in, or
 * of the nearest region above it that has one.
 */
@Component
class Responsible {

	private final Directory directory;

	Responsible(Directory directory) {
		this.directory = directory;
	}

	Unit departmentFor(String regionCode) {
		List<Region> lineage = directory.lineage(RegionCode.of(regionCode));
		for (int i = lineage.size() - 1; i >= 0; i--) {
			var unit = directory.catalogueUnit("hrss:" + lineage.get(i).code().value());
			if (unit.isPresent()) {
				return unit.get();
			}
		}
		throw new InvalidInputException("意向就业地区（regionCode）没有可承办的人力资源和社会保障部门");
	}
}

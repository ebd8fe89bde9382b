package cn.shuangyong.employment;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The department that must deliver a spouse's need: the 人力资源和社会保障局 of the prefecture she wishes to work in,
 * the counterpart of the 军分区 that registers most needs. A county's posts are still proposed to her; the
 * prefecture's department follows the case through.
 */
@Component
class Responsible {

	private final Directory directory;

	Responsible(Directory directory) {
		this.directory = directory;
	}

	Unit departmentFor(RegionCode region) {
		String prefecture = region.value().substring(0, RegionLevel.PREFECTURE.codeLength());
		return directory.catalogueUnit("human-resources:" + prefecture)
			.orElseThrow(() -> new InvalidInputException("意向就业地区没有可承办的人力资源和社会保障局"));
	}
}

package cn.shuangyong.beneficiaries;

import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * Finds a person's place in the directory: the region must be a real township or village, and the station is the
 * service station the directory keeps for that village, else for its township.
 */
@Component
class Residences {

	private final Directory directory;

	Residences(Directory directory) {
		this.directory = directory;
	}

	Residence of(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("行政区划代码为空：请选到乡镇（街道）或村（社区）");
		}
		RegionCode code;
		try {
			code = RegionCode.of(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("行政区划代码“" + text.strip() + "”格式不对：" + e.getMessage());
		}
		Region region = directory.region(code)
			.orElseThrow(() -> new InvalidInputException("行政区划代码 " + code + " 不存在"));
		if (region.level() != RegionLevel.TOWNSHIP && region.level() != RegionLevel.VILLAGE) {
			throw new InvalidInputException("行政区划须精确到乡镇（街道）或村（社区），“" + region.name() + "”是更高一级的区划");
		}
		Unit station = station(region.code())
			.or(() -> region.parent() == null ? Optional.empty() : station(region.parent()))
			.orElseThrow(() -> new InvalidInputException("“" + region.name() + "”没有退役军人服务站，无法登记在此"));
		return new Residence(region, station.id().value(), station.name());
	}

	private Optional<Unit> station(RegionCode code) {
		return code.level() == RegionLevel.COUNTY ? Optional.empty() : directory.catalogueUnit("station:" + code);
	}
}

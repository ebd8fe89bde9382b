package cn.shuangyong.supervision.web;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** The prefectures a user may filter the board by: all sixteen for the province, their own below it. */
@Component
class BoardOptions {

	private final Directory directory;

	BoardOptions(Directory directory) {
		this.directory = directory;
	}

	List<Region> prefectures(CurrentUser user) {
		String region = user.regionCode();
		return directory.children(RegionCode.of(RegionLevel.PROVINCE.regionOf(region))).stream()
			.filter(p -> p.code().value().startsWith(region) || region.startsWith(p.code().value()))
			.toList();
	}
}

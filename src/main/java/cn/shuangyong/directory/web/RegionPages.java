package cn.shuangyong.directory.web;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The region and unit tree: a region with its lineage, its units, and its sub-regions that open in place. */
@Controller
class RegionPages {

	private final Directory directory;

	RegionPages(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/regions/{code}")
	String region(@PathVariable String code, @AuthenticationPrincipal CurrentUser user, Model model) {
		Region region = find(code);
		model.addAttribute("mayAdd", user.can(Permission.DIRECTORY_EDIT) && user.covers(region.code().value()));
		model.addAttribute("region", region);
		model.addAttribute("lineage", directory.lineage(region.code()));
		model.addAttribute("children", directory.children(region.code()));
		model.addAttribute("units", directory.unitsIn(region.code()));
		return "directory/region";
	}

	/** The sub-regions of one tree node, for htmx to open in place. */
	@GetMapping("/directory/regions/{code}/children")
	String children(@PathVariable String code, Model model) {
		Region region = find(code);
		model.addAttribute("children", directory.children(region.code()));
		return "directory/region :: branch";
	}

	private Region find(String code) {
		RegionCode regionCode;
		try {
			regionCode = RegionCode.of(code);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("行政区划代码无效：" + code);
		}
		return directory.region(regionCode).orElseThrow(() -> new NotFoundException("行政区划不存在：" + code));
	}
}

package cn.shuangyong.accounts.web;

import cn.shuangyong.accounts.StaffDirectory;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff section of the unit page, loaded into it by htmx. */
@Controller
class StaffFragment {

	private final Directory directory;

	private final StaffDirectory staff;

	StaffFragment(Directory directory, StaffDirectory staff) {
		this.directory = directory;
		this.staff = staff;
	}

	@GetMapping("/accounts/staff")
	String staff(@RequestParam long unit, @AuthenticationPrincipal CurrentUser viewer, Model model) {
		Unit found = directory.unit(new UnitId(unit)).orElseThrow(() -> new NotFoundException("单位不存在"));
		model.addAttribute("staff", staff.staffOf(unit, found.regionCode().value(), viewer).orElse(null));
		return "accounts/staff :: staff";
	}
}

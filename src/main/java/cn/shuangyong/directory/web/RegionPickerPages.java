package cn.shuangyong.directory.web;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one directory endpoint behind every region picker: the picker opened at a region (its lists of children) and
 * the regions that match a typed name or code, both within the user's data scope, as htmx fragments.
 */
@Controller
class RegionPickerPages {

	private final RegionPicker picker;

	RegionPickerPages(RegionPicker picker) {
		this.picker = picker;
	}

	@GetMapping("/directory/region-picker")
	String picker(@RequestParam String field, @RequestParam(name = "regionPick", defaultValue = "") String code,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!code.isBlank() && !picker.mayPick(user, code)) {
			throw new NotFoundException("行政区划不存在或不在您的数据范围内：" + code.strip());
		}
		model.addAttribute("field", field(field));
		model.addAttribute("code", code.strip());
		return "fragments/region-picker :: picker";
	}

	@GetMapping("/directory/region-picker/matches")
	String matches(@RequestParam String field, @RequestParam(name = "regionQuery", defaultValue = "") String text,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("field", field(field));
		model.addAttribute("query", text.strip());
		model.addAttribute("matches", picker.matches(user, text));
		return "fragments/region-picker :: matches";
	}

	/** The name of the form field the picker fills; it also names the picker's elements. */
	private static String field(String field) {
		if (!field.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
			throw new InvalidInputException("表单字段名无效：" + field);
		}
		return field;
	}
}

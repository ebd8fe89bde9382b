package cn.shuangyong.directory.web;

import java.util.List;

import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitDetails;
import cn.shuangyong.directory.UnitDetailsQuery;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators edit a unit, its aliases and its leading-group memberships, and add units. */
@Controller
class UnitEditing {

	private final UnitDetailsQuery details;

	private final DirectoryAdministration administration;

	UnitEditing(UnitDetailsQuery details, DirectoryAdministration administration) {
		this.details = details;
		this.administration = administration;
	}

	@GetMapping("/directory/units/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		UnitDetails unit = editable(id, user);
		return form(model, unit, UnitForm.of(unit), List.of(), user);
	}

	@PostMapping("/directory/units/{id}/edit")
	String save(@PathVariable long id, UnitForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		UnitDetails unit = editable(id, user);
		try {
			administration.update(new UnitId(id), form.version() == null ? -1 : form.version(), form.change(), user);
		}
		catch (InvalidInputException e) {
			return form(model, unit, form, e.problems(), user);
		}
		catch (ConflictException e) {
			return form(model, unit, form, List.of(e.getMessage()), user);
		}
		redirect.addFlashAttribute("notice", "directory.unit.saved");
		return "redirect:/directory/units/" + id + "/edit";
	}

	@PostMapping("/directory/units/{id}/aliases")
	String addAlias(@PathVariable long id, @RequestParam String phrase, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.addAlias(new UnitId(id), phrase, user));
	}

	@PostMapping("/directory/units/{id}/aliases/{aliasId}/delete")
	String removeAlias(@PathVariable long id, @PathVariable long aliasId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.removeAlias(new UnitId(id), aliasId, user));
	}

	@PostMapping("/directory/units/{id}/memberships")
	String join(@PathVariable long id, @RequestParam long groupId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.join(new UnitId(id), groupId, user));
	}

	@PostMapping("/directory/units/{id}/memberships/{groupId}/delete")
	String leave(@PathVariable long id, @PathVariable long groupId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> administration.leave(new UnitId(id), groupId, user));
	}

	@GetMapping("/directory/units/new")
	String newUnit(@RequestParam String region, @AuthenticationPrincipal CurrentUser user, Model model) {
		RegionCode code = regionCode(region);
		if (!user.can(Permission.DIRECTORY_EDIT) || !user.covers(code.value())) {
			throw new AccessDeniedException("无权在该区划新增单位");
		}
		model.addAttribute("region", code.value());
		model.addAttribute("form", new UnitForm("", "", UnitKind.DEPARTMENT, "", "", 0));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("problems", List.of());
		return "directory/unit-new";
	}

	@PostMapping("/directory/units/new")
	String create(@RequestParam String region, UnitForm form, @AuthenticationPrincipal CurrentUser user, Model model) {
		try {
			UnitId id = administration.add(regionCode(region), null, form.change(), user);
			return "redirect:/directory/units/" + id.value();
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			model.addAttribute("problems", List.of(e.getMessage()));
		}
		model.addAttribute("region", region);
		model.addAttribute("form", form);
		model.addAttribute("kinds", UnitKind.values());
		return "directory/unit-new";
	}

	private String act(long id, RedirectAttributes redirect, Runnable action) {
		return RedirectOutcome.run(redirect, "/directory/units/" + id + "/edit", "directory.unit.saved", action);
	}

	private String form(Model model, UnitDetails unit, UnitForm form, List<String> problems, CurrentUser user) {
		model.addAttribute("d", unit);
		model.addAttribute("form", form);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("groups", administration.groupsInScope(user));
		if (!model.containsAttribute("problems") || !problems.isEmpty()) {
			model.addAttribute("problems", problems);
		}
		return "directory/unit-edit";
	}

	private UnitDetails editable(long id, CurrentUser user) {
		UnitDetails unit = details.find(new UnitId(id)).orElseThrow(() -> new NotFoundException("单位不存在"));
		if (!DirectoryAdministration.mayEdit(user, unit.unit())) {
			throw new AccessDeniedException("无权修改该单位");
		}
		return unit;
	}

	private static RegionCode regionCode(String region) {
		try {
			return RegionCode.of(region);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("行政区划代码无效");
		}
	}
}

package cn.shuangyong.modelcity.web;

import cn.shuangyong.modelcity.NodeInput;
import cn.shuangyong.modelcity.Standard;
import cn.shuangyong.modelcity.StandardEditing;
import cn.shuangyong.modelcity.Standards;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The standards: the indicator tree of each version, and for the provincial office the draft being edited. */
@Controller
class StandardPages {

	private final Standards standards;

	private final StandardEditing editing;

	StandardPages(Standards standards, StandardEditing editing) {
		this.standards = standards;
		this.editing = editing;
	}

	@GetMapping("/model-city/standards")
	String current(@AuthenticationPrincipal CurrentUser user) {
		user.require(Permission.WORK_READ);
		Standard shown = standards.current().orElseThrow(() -> new NotFoundException("还没有已发布的考评标准"));
		return "redirect:/model-city/standards/" + shown.id();
	}

	@GetMapping("/model-city/standards/{id}")
	String standard(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_READ);
		Standard standard = standards.find(id);
		boolean editor = StandardEditing.mayEdit(user);
		if (!standard.published() && !editor) {
			throw new NotFoundException("考评标准不存在");
		}
		model.addAttribute("standard", standard);
		model.addAttribute("versions", standards.all().stream().filter(s -> s.published() || editor).toList());
		model.addAttribute("editor", editor);
		model.addAttribute("editing", editor && !standard.published());
		model.addAttribute("hasDraft", standards.draft().isPresent());
		CampaignPages.problems(model);
		return "modelcity/standard";
	}

	@PostMapping("/model-city/standards/drafts")
	String draft(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		long[] id = { 0 };
		String back = RedirectOutcome.run(redirect, "/model-city/standards", null, () -> id[0] = editing.draftNext(user));
		return id[0] > 0 ? "redirect:/model-city/standards/" + id[0] : back;
	}

	@PostMapping("/model-city/standards/{id}/title")
	String rename(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam String title, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.rename(id, version, title, user));
	}

	@PostMapping("/model-city/standards/{id}/nodes/{nodeId}")
	String edit(@PathVariable long id, @RequestParam(required = false) Integer version,
			@PathVariable long nodeId, NodeInput input, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.editNode(id, version, nodeId, input, user));
	}

	@PostMapping("/model-city/standards/{id}/nodes")
	String add(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Long parentId, NodeInput input, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.addNode(id, version, parentId, input, user));
	}

	@PostMapping("/model-city/standards/{id}/nodes/{nodeId}/delete")
	String remove(@PathVariable long id, @RequestParam(required = false) Integer version, @PathVariable long nodeId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.removeNode(id, version, nodeId, user));
	}

	@PostMapping("/model-city/standards/{id}/vetoes")
	String addVeto(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam String text, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.addVeto(id, version, text, user));
	}

	@PostMapping("/model-city/standards/{id}/vetoes/{vetoId}/delete")
	String removeVeto(@PathVariable long id, @RequestParam(required = false) Integer version, @PathVariable long vetoId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, () -> editing.removeVeto(id, version, vetoId, user));
	}

	@PostMapping("/model-city/standards/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/model-city/standards/" + id, "modelcity.publishedNotice",
				() -> editing.publish(id, version, user));
	}

	@PostMapping("/model-city/standards/{id}/discard")
	String discard(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String back = RedirectOutcome.run(redirect, "/model-city/standards/" + id, null,
				() -> editing.discard(id, version, user));
		return redirect.getFlashAttributes().containsKey("problems") ? back : "redirect:/model-city/standards";
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action) {
		return RedirectOutcome.run(redirect, "/model-city/standards/" + id, "modelcity.saved", action);
	}
}

package cn.shuangyong.plans.web;

import java.io.IOException;
import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.DirectoryAdministration;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.plans.DraftReview;
import cn.shuangyong.plans.PlanDraft;
import cn.shuangyong.plans.PlanDrafts;
import cn.shuangyong.plans.PlanPublisher;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.People;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a notice, reviewing its draft beside the source text, correcting it, and publishing. */
@Controller
class DraftPages {

	private final PlanDrafts drafts;

	private final DraftReview reviews;

	private final PlanPublisher publisher;

	private final DirectoryAdministration directoryAdministration;

	private final Directory directory;

	private final WorkPlans plans;

	private final People people;

	DraftPages(PlanDrafts drafts, DraftReview reviews, PlanPublisher publisher,
			DirectoryAdministration directoryAdministration, Directory directory, WorkPlans plans, People people) {
		this.plans = plans;
		this.people = people;
		this.drafts = drafts;
		this.reviews = reviews;
		this.publisher = publisher;
		this.directoryAdministration = directoryAdministration;
		this.directory = directory;
	}

	@GetMapping("/plans/drafts")
	String drafts(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<PlanDraft> open = drafts.open(user);
		model.addAttribute("drafts", open);
		model.addAttribute("who", people.named(open.stream().map(PlanDraft::createdBy).toList()));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "plans/drafts";
	}

	@PostMapping("/plans/drafts")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		try {
			long id = drafts.upload(UploadedFileName.of(file), file.getBytes(), user);
			return "redirect:/plans/drafts/" + id;
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
			return "redirect:/plans/drafts";
		}
	}

	@GetMapping("/plans/drafts/{id}")
	String review(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		DraftReview.Review review = reviews.review(drafts.find(id, user));
		model.addAttribute("review", review);
		// a notice already published: say so before the user publishes, naming the plan it became
		model.addAttribute("existing", review.draft().published() || review.documents().isEmpty() ? null
				: plans.byDocNumber(review.documents().get(0).header().docNumber(), user).orElse(null));
		model.addAttribute("groups", directory.groups());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "plans/review";
	}

	/** The editor of one item, opened in place by htmx. */
	@GetMapping("/plans/drafts/{id}/items/{index}/edit")
	String editItem(@PathVariable long id, @PathVariable int index, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanDraft draft = drafts.find(id, user);
		if (index < 0 || index >= draft.content().notice().items().size()) {
			throw new cn.shuangyong.shared.NotFoundException("草稿中没有该条目");
		}
		model.addAttribute("draft", draft);
		model.addAttribute("index", index);
		model.addAttribute("form", ItemForm.of(draft.content().notice().items().get(index)));
		return "plans/review :: itemEditor";
	}

	@PostMapping("/plans/drafts/{id}/items/{index}")
	String saveItem(@PathVariable long id, @PathVariable int index, @RequestParam int version, ItemForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "item-" + index, () -> {
			PlanDraft draft = drafts.find(id, user);
			var items = draft.content().notice().items();
			if (index < 0 || index >= items.size()) {
				throw new InvalidInputException("草稿中没有该条目");
			}
			drafts.correctItem(id, version, index, form.apply(items.get(index)), user);
		});
	}

	@PostMapping("/plans/drafts/{id}/documents/{index}")
	String saveDocument(@PathVariable long id, @PathVariable int index, @RequestParam int version, DocumentForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "document-" + index, () -> {
			var documents = drafts.find(id, user).content().notice().documents();
			if (index < 0 || index >= documents.size()) {
				throw new InvalidInputException("草稿中没有该文件");
			}
			drafts.correctDocument(id, version, index, form.apply(documents.get(index)), user);
		});
	}

	/** The issuing date (成文日期) the deadlines count from. */
	@PostMapping("/plans/drafts/{id}/issued-on")
	String setIssuedOn(@PathVariable long id, @RequestParam int version, @RequestParam String issuedOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "issued-on", () -> {
			java.time.LocalDate date;
			try {
				date = java.time.LocalDate.parse(issuedOn.strip());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new InvalidInputException("成文日期格式应为 年-月-日，例如 2020-03-02");
			}
			drafts.setIssuedOn(id, version, date, user);
		});
	}

	@PostMapping("/plans/drafts/{id}/points/{index}")
	String savePoint(@PathVariable long id, @PathVariable int index, @RequestParam int version,
			@RequestParam(defaultValue = "") String leads, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, redirect, "point-" + index, () -> {
			drafts.pickPointLeads(id, version, index, ItemForm.list(leads), user);
		});
	}

	/** Maps an unknown phrase by hand, once: it is remembered in the directory as an alias or group phrase. */
	@PostMapping("/plans/drafts/{id}/phrases")
	String mapPhrase(@PathVariable long id, @RequestParam String phrase, @RequestParam String context,
			@RequestParam(required = false) String groupCode, @RequestParam(required = false) String unitName,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, redirect, "unknown", () -> {
			drafts.find(id, user);
			Long unitId = unitName == null || unitName.isBlank() ? null : unitNamed(unitName).id().value();
			directoryAdministration.remember(phrase, RegionCode.of(context), unitId,
					unitId == null ? groupCode : null, user);
		});
	}

	/** Deletes an unpublished draft; the review page asks for a second click first. */
	@PostMapping("/plans/drafts/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			drafts.delete(id, version, user);
			redirect.addFlashAttribute("notice", "drafts.deleted");
			return "redirect:/plans/drafts";
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problems",
					e instanceof InvalidInputException invalid ? invalid.problems() : List.of(e.getMessage()));
			return "redirect:/plans/drafts/" + id;
		}
	}

	@PostMapping("/plans/drafts/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			PlanPublisher.Published published = publisher.publish(id, version, user);
			// flash attributes live in the session, in PostgreSQL: plain serialisable values only
			redirect.addFlashAttribute("documentsRecorded", published.documentsRecorded());
			redirect.addFlashAttribute("documentsLinked", published.documentsLinked());
			return "redirect:/plans/" + published.planIds().get(0);
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("problems",
					e instanceof InvalidInputException invalid ? invalid.problems() : List.of(e.getMessage()));
			return "redirect:/plans/drafts/" + id;
		}
	}

	private Unit unitNamed(String name) {
		Directory.UnitLookup lookup = directory.lookUp(name, u -> true);
		return lookup.unit().orElseThrow(() -> new InvalidInputException(lookup.matches().isEmpty()
				? "找不到单位“" + name.strip() + "”" : "“" + name.strip() + "”对应多个单位，请填写单位全称"));
	}

	private String act(long id, RedirectAttributes redirect, String anchor, Runnable action) {
		return RedirectOutcome.run(redirect, "/plans/drafts/" + id + "#" + anchor, null, action);
	}
}

package cn.shuangyong.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.supervision.materials.AskForMaterials;
import cn.shuangyong.supervision.materials.MaterialsKind;
import cn.shuangyong.supervision.materials.MaterialsRecipients;
import cn.shuangyong.supervision.materials.MaterialsRequests;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 材料报送 for offices: their requests with who has handed in, the form for a new one, and one request's units. */
@Controller
class MaterialsPages {

	private final MaterialsRequests requests;

	private final MaterialsRecipients recipients;

	MaterialsPages(MaterialsRequests requests, MaterialsRecipients recipients) {
		this.requests = requests;
		this.recipients = recipients;
	}

	@GetMapping("/supervision/materials")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("requests", requests.issuedBy(user));
		model.addAttribute("mayAsk", MaterialsRequests.mayAsk(user));
		return "supervision/materials";
	}

	@GetMapping("/supervision/materials/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!MaterialsRequests.mayAsk(user)) {
			throw new AccessDeniedException("只有双拥办可以发起材料报送");
		}
		model.addAttribute("choice", recipients.of(user));
		model.addAttribute("kinds", MaterialsKind.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "supervision/materials-new";
	}

	@PostMapping("/supervision/materials")
	String ask(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String dueOn,
			@RequestParam(name = "unit", required = false) List<Long> units,
			@RequestParam(defaultValue = "false") boolean allLower, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long[] created = new long[1];
		String back = RedirectOutcome.run(redirect, "/supervision/materials/new", null, () -> {
			List<Long> chosen = new ArrayList<>(units == null ? List.of() : units);
			if (allLower) {
				recipients.of(user).lowerOffices().forEach(u -> chosen.add(u.id().value()));
			}
			created[0] = requests.ask(new AskForMaterials(kind(kind), title, note, date(dueOn), chosen), user);
		});
		if (created[0] == 0) {
			// the form comes back filled in, so a wrong date does not cost the title and note
			redirect.addFlashAttribute("formKind", kind == null ? "" : kind);
			redirect.addFlashAttribute("formTitle", title);
			redirect.addFlashAttribute("formNote", note);
			redirect.addFlashAttribute("formDueOn", dueOn);
			return back;
		}
		redirect.addFlashAttribute("notice", "tasklife.materials.sent");
		return "redirect:/supervision/materials/" + created[0];
	}

	@GetMapping("/supervision/materials/{id}")
	String request(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("request", requests.find(id, user));
		return "supervision/materials-request";
	}

	private static MaterialsKind kind(String kind) {
		try {
			return kind == null || kind.isBlank() ? null : MaterialsKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("报送材料的类别只能是半年总结、年终总结或统计报表");
		}
	}

	private static LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("报送截止日期“" + text + "”不是有效日期，请按 2020-12-31 的格式填写");
		}
	}
}

package cn.shuangyong.cases.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.cases.CaseFilter;
import cn.shuangyong.cases.CaseQueries;
import cn.shuangyong.cases.CaseSource;
import cn.shuangyong.cases.CaseDocuments;
import cn.shuangyong.cases.NewCase;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.files.Upload;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case list (all, overdue, the leaders' 攻坚 view, or their red list of old cases and late monthly reports) with its
 * figures, and registering a case.
 */
@Controller
class CasePages {

	private final CaseQueries queries;

	private final CaseDocuments documents;

	private final BusinessClock clock;

	CasePages(CaseQueries queries, CaseDocuments documents, BusinessClock clock) {
		this.queries = queries;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/cases")
	String cases(@RequestParam(required = false) String status, @RequestParam(required = false) String category,
			@RequestParam(required = false) boolean overdue, @RequestParam(required = false) boolean tough,
			@RequestParam(required = false) boolean red, @RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("cases", queries.cases(CaseFilter.of(null, status, category, overdue, tough, red),
				Paging.of(page, null), user));
		model.addAttribute("figures", queries.figures(user));
		model.addAttribute("categories", queries.categories());
		model.addAttribute("status", status);
		model.addAttribute("category", category);
		model.addAttribute("overdue", overdue);
		model.addAttribute("tough", tough);
		model.addAttribute("red", red);
		model.addAttribute("canRegister", user.can(Permission.WORK_EDIT));
		return "cases/cases";
	}

	@GetMapping("/cases/new")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		user.require(Permission.WORK_EDIT);
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("categories", queries.categories());
		model.addAttribute("today", clock.today());
		return "cases/new";
	}

	@PostMapping("/cases")
	String register(@RequestParam(required = false) String source, @RequestParam(required = false) String category,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String personName,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String leaderName,
			@RequestParam(required = false) Long registryPersonId,
			@RequestParam(required = false) List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		try {
			long id = documents.register(NewCase.of(source, category, summary, personName, idNumber, phone, receivedOn,
					leaderName, registryPersonId, clock.today()), Upload.of(files), user);
			return "redirect:/cases/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("problems", e.problems());
			return form(user, model);
		}
	}
}

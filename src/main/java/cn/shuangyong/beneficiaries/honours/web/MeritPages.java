package cn.shuangyong.beneficiaries.honours.web;

import java.time.LocalDate;

import cn.shuangyong.beneficiaries.merit.MeritAward;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RecordCeremony;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RegisterNotice;
import cn.shuangyong.beneficiaries.merit.MeritNotices;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Merit notices: the register with its coverage and the delivery rules, one notice with its ceremony form. */
@Controller
class MeritPages {

	private static final String PAGE = "/beneficiaries/merit";

	private final MeritNotices notices;

	private final HonoursNames names;

	private final BusinessClock clock;

	MeritPages(MeritNotices notices, HonoursNames names, BusinessClock clock) {
		this.notices = notices;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String list(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = notices.inScope(user, Paging.of(page, null));
		var list = found.content();
		model.addAttribute("found", found);
		var coverage = notices.coverage(user);
		model.addAttribute("notices", list);
		model.addAttribute("coverage", coverage);
		model.addAttribute("places", names.places(list.stream().map(MeritNotices.MeritNoticeView::regionCode).toList()));
		model.addAttribute("counties", names.places(coverage.stream().map(MeritNotices.MeritCoverage::countyCode).toList()));
		model.addAttribute("rules", notices.rules());
		model.addAttribute("awards", MeritAward.values());
		model.addAttribute("today", clock.today());
		return "honours/merit";
	}

	@PostMapping(PAGE)
	String register(RegisterNotice form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE, "honours.saved", () -> notices.register(form, user));
	}

	@GetMapping(PAGE + "/{id}")
	String notice(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var notice = notices.find(id, user);
		model.addAttribute("notice", notice);
		model.addAttribute("place", names.place(notice.regionCode()));
		model.addAttribute("today", clock.today());
		model.addAttribute("editor", user.can(Permission.WORK_EDIT));
		return "honours/merit-notice";
	}

	@PostMapping(PAGE + "/{id}/ceremony")
	String ceremony(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String deliveredBy,
			@RequestParam(required = false) MultipartFile photo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, PAGE + "/" + id, "honours.saved", () -> notices.recordCeremony(id, version,
				new RecordCeremony(deliveredOn, place, deliveredBy, Uploads.bytes(photo)), user));
	}
}

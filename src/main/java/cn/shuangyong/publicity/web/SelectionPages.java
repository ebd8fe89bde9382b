package cn.shuangyong.publicity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.publicity.Selection;
import cn.shuangyong.publicity.SelectionDetail;
import cn.shuangyong.publicity.Selections;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
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

/** The selections a user sees, opening one, and one selection with its nominees, 公示 and naming. */
@Controller
class SelectionPages {

	private final Selections selections;

	private final Directory directory;

	private final BusinessClock clock;

	SelectionPages(Selections selections, Directory directory, BusinessClock clock) {
		this.selections = selections;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/publicity/selections")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Selection> found = selections.visibleTo(user);
		Map<String, String> names = new HashMap<>();
		found.forEach(s -> names.computeIfAbsent(s.regionCode(),
				c -> directory.region(RegionCode.of(c)).map(Region::name).orElse(c)));
		model.addAttribute("selections", found);
		model.addAttribute("regionNames", names);
		model.addAttribute("canOpen", user.can(Permission.PLANS_PUBLISH));
		model.addAttribute("thisYear", clock.today().getYear());
		problems(model);
		return "publicity/selections";
	}

	@PostMapping("/publicity/selections")
	String open(@RequestParam(required = false) String honour, @RequestParam(required = false) String year,
			@RequestParam(required = false) String rules, @RequestParam(required = false) String quotas,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/publicity/selections", "publicity.selection.opened",
				() -> selections.open(honour, year(year), rules, quotas, user));
	}

	@GetMapping("/publicity/selections/{id}")
	String one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		SelectionDetail detail = selections.detail(id, user);
		model.addAttribute("d", detail);
		model.addAttribute("s", detail.selection());
		model.addAttribute("userRegion", user.regionCode());
		problems(model);
		return "publicity/selection";
	}

	@PostMapping("/publicity/selections/{id}/nominees")
	String nominate(@PathVariable long id, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String region,
			@RequestParam(required = false) String story, @RequestParam(required = false) String honours,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.nominee.nominated",
				() -> selections.nominate(id, person(personId), name, region, story, honours, user));
	}

	@PostMapping("/publicity/selections/{id}/nominees/{nominee}/review")
	String review(@PathVariable long id, @PathVariable long nominee, @RequestParam int version,
			@RequestParam(defaultValue = "false") boolean approve, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.nominee.reviewed",
				() -> selections.review(id, nominee, version, approve, note, user));
	}

	@PostMapping("/publicity/selections/{id}/notice")
	String openNotice(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String start,
			@RequestParam(required = false) String end, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.selection.notice.opened",
				() -> selections.openNotice(id, version, FormDate.of(start, "公示开始日期"), FormDate.of(end, "公示结束日期"),
						user));
	}

	@PostMapping("/publicity/selections/{id}/notice/objections")
	String objection(@PathVariable long id, @RequestParam(required = false) String receivedOn,
			@RequestParam(required = false) String objector, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String content, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.selection.objection.recorded",
				() -> selections.recordObjection(id,
						new ObjectionInput(FormDate.of(receivedOn, "收到异议日期"), objector, channel, content), user));
	}

	@PostMapping("/publicity/selections/{id}/notice/objections/{objection}/answer")
	String answer(@PathVariable long id, @PathVariable long objection, @RequestParam(required = false) Boolean upheld,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String reply,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.selection.objection.answered",
				() -> selections.answer(id, objection, new ObjectionAnswer(upheld, reason, reply), user));
	}

	@PostMapping("/publicity/selections/{id}/notice/close")
	String close(@PathVariable long id, @RequestParam int version,
			@RequestParam(defaultValue = "true") boolean confirmed, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.selection.notice.closed",
				() -> selections.closeNotice(id, version, confirmed, null, user));
	}

	@PostMapping("/publicity/selections/{id}/name")
	String name(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String namingDoc,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, back(id), "publicity.selection.named",
				() -> selections.name(id, version, namingDoc, user));
	}

	private static String back(long id) {
		return "/publicity/selections/" + id;
	}

	private static void problems(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
	}

	/** A year typed in the form; anything that is not a number is left for the service to name. */
	private static Integer year(String text) {
		return text != null && text.strip().matches("\\d{1,4}") ? Integer.valueOf(text.strip()) : null;
	}

	private static Long person(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("\\d{1,18}")) {
			throw new cn.shuangyong.shared.InvalidInputException("登记库人员编号应为数字");
		}
		return Long.valueOf(text.strip());
	}
}

package cn.shuangyong.publicity.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.publicity.Exemplars;
import cn.shuangyong.publicity.NewWork;
import cn.shuangyong.publicity.QuotaLine;
import cn.shuangyong.publicity.Quotas;
import cn.shuangyong.publicity.WorkKinds;
import cn.shuangyong.publicity.WorkQueries;
import cn.shuangyong.publicity.WorkState;
import cn.shuangyong.publicity.WorkUpload;
import cn.shuangyong.publicity.WorkCorrection;
import cn.shuangyong.publicity.WorkView;
import cn.shuangyong.publicity.Works;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The works a user may see, submitting one, one work with its review, and a plan's quotas by region. */
@Controller
class PublicityPages {

	private final WorkQueries queries;

	private final Works works;

	private final Quotas quotas;

	private final WorkPlans plans;

	private final WorkKinds kinds;

	private final Exemplars exemplars;

	private final Directory directory;

	PublicityPages(WorkQueries queries, Works works, Quotas quotas, WorkPlans plans, WorkKinds kinds,
			Exemplars exemplars, Directory directory) {
		this.directory = directory;
		this.kinds = kinds;
		this.exemplars = exemplars;
		this.queries = queries;
		this.works = works;
		this.quotas = quotas;
		this.plans = plans;
	}

	@GetMapping("/publicity")
	String works(@RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		WorkState wanted = state == null || state.isBlank() ? null
				: java.util.Arrays.stream(WorkState.values()).filter(s -> s.name().equals(state)).findFirst().orElse(null);
		ListPage<WorkView> found = queries.page(null, null, wanted, Paging.of(page, null), user);
		model.addAttribute("found", found);
		model.addAttribute("state", wanted == null ? "" : wanted.name());
		model.addAttribute("states", WorkState.values());
		model.addAttribute("kinds", kinds.all());
		model.addAttribute("canSubmit", user.can(Permission.WORK_EDIT));
		model.addAttribute("items", itemOptions(user));
		model.addAttribute("plans", plans.visibleTo(user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "publicity/works";
	}

	@PostMapping("/publicity/works")
	String submit(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String medium, @RequestParam(required = false) String publishedOn,
			@RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long itemId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) throws IOException {
		WorkUpload upload = file == null ? null : new WorkUpload(UploadedFileName.of(file), file.getBytes());
		return RedirectOutcome.run(redirect, "/publicity", "publicity.work.submitted", () -> works
			.submit(NewWork.of(kind, title, user.unitId(), medium, publishedOn, link, upload, itemId), user));
	}

	@GetMapping("/publicity/works/{id}")
	String work(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		WorkView work = queries.view(id, user);
		model.addAttribute("view", work);
		model.addAttribute("work", work.work());
		model.addAttribute("mayReview", work.work().state().reviewable() && Works.reviews(work.work(), user));
		model.addAttribute("mayResubmit", work.work().state().resubmittable() && Works.mayCorrect(work.work(), user));
		model.addAttribute("history", queries.history(id, user));
		model.addAttribute("maySendUpward",
				work.work().state() == cn.shuangyong.publicity.WorkState.ACCEPTED && Works.reviews(work.work(), user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "publicity/work";
	}

	@PostMapping("/publicity/works/{id}/accept")
	String accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/publicity/works/" + id, "publicity.work.accepted",
				() -> works.accept(id, version, user));
	}

	@PostMapping("/publicity/works/{id}/return")
	String returnWork(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/publicity/works/" + id, "publicity.work.returned",
				() -> works.returnWork(id, version, reason, user));
	}

	@PostMapping("/publicity/works/{id}/resubmit")
	String resubmit(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String title,
			@RequestParam(required = false) String medium, @RequestParam(required = false) String publishedOn,
			@RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		WorkUpload upload = file == null ? null : new WorkUpload(UploadedFileName.of(file), file.getBytes());
		return RedirectOutcome.run(redirect, "/publicity/works/" + id, "publicity.work.resubmitted", () -> works
			.resubmit(id, version, WorkCorrection.of(title, medium, publishedOn, link, upload), user));
	}

	@PostMapping("/publicity/works/{id}/national")
	String sendUpward(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String outcome, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/publicity/works/" + id, "publicity.work.sentUpward",
				() -> works.sendUpward(id, version, channel, outcome, user));
	}

	@GetMapping("/publicity/works/{id}/file")
	ResponseEntity<Resource> file(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		WorkView view = queries.view(id, user);
		var file = view.work().file();
		var path = works.file(view.work()).orElseThrow(() -> new cn.shuangyong.shared.NotFoundException("该作品没有文件"));
		return Attachment.stored(file.name(), MediaType.parseMediaType(file.mediaType()), path, file.size());
	}

	@GetMapping("/publicity/quotas")
	String quotas(@RequestParam(required = false) Long plan, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<PlanSummary> visible = plans.visibleTo(user);
		Long shown = plan;
		List<QuotaLine> lines = plan == null ? List.of() : quotas.ofPlan(plan, user);
		// with no plan asked for, the first plan the user sees that has quotas
		for (int i = 0; plan == null && lines.isEmpty() && i < visible.size(); i++) {
			shown = visible.get(i).id();
			lines = quotas.ofPlan(shown, user);
		}
		model.addAttribute("plans", visible);
		model.addAttribute("plan", shown);
		model.addAttribute("lines", lines);
		model.addAttribute("rows", QuotaRows.of(lines));
		return "publicity/quotas";
	}

	@GetMapping("/publicity/exemplars")
	String exemplars(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("exemplars", exemplars.all(user));
		model.addAttribute("canRecord", user.can(Permission.PLANS_PUBLISH));
		java.util.List<cn.shuangyong.directory.Region> regions = new java.util.ArrayList<>();
		directory.region(RegionCode.of(user.regionCode())).ifPresent(regions::add);
		regions.addAll(directory.children(RegionCode.of(user.regionCode())));
		model.addAttribute("regions", regions);
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "publicity/exemplars";
	}

	@PostMapping("/publicity/exemplars")
	String recordExemplar(@RequestParam(required = false) String title, @RequestParam(required = false) String name,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String source, @RequestParam(required = false) String story,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/publicity/exemplars", "publicity.exemplar.recorded",
				() -> exemplars.record(title, name, region, year, source, story, user));
	}

	/** The items of the plans the user sees, by plan title, for the submit form. */
	private Map<String, List<ItemOption>> itemOptions(CurrentUser user) {
		Map<String, List<ItemOption>> options = new LinkedHashMap<>();
		for (PlanSummary plan : plans.visibleTo(user)) {
			options.put(plan.title(), plans.items(plan.id()).stream()
				.map(i -> new ItemOption(i.id(), "第" + i.no() + "条 " + abbreviated(i.text()))).toList());
		}
		return options;
	}

	private static String abbreviated(String text) {
		String t = text.strip();
		return t.length() > 30 ? t.substring(0, 30) + "…" : t;
	}

	public record ItemOption(long id, String label) {
	}
}

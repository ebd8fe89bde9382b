package cn.shuangyong.beneficiaries.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.shuangyong.beneficiaries.BeneficiaryExports;
import cn.shuangyong.beneficiaries.BeneficiaryFilter;
import cn.shuangyong.beneficiaries.ExportFormat;
import cn.shuangyong.beneficiaries.ExportRequest;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exports: a small one downloads at once; a large one goes through a request that another office user approves,
 * then downloads once.
 */
@Controller
class ExportPages {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final BeneficiaryExports exports;

	private final Clock clock;

	ExportPages(BeneficiaryExports exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	/**
	 * A small export at once; a large one to the request form, with the filter carried over. The list's export
	 * buttons post, so that a name searched for stays out of the URL.
	 */
	@RequestMapping(path = "/beneficiaries/export", method = { RequestMethod.GET, RequestMethod.POST })
	String export(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) String name,
			@AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException {
		PersonInUrl.refuse(request);
		BeneficiaryFilter filter = new BeneficiaryFilter(region, category, name, null);
		ExportFormat kind = ExportFormat.named(format);
		long rows = exports.size(filter, user);
		if (rows > exports.threshold()) {
			model.addAttribute("filter", filter);
			model.addAttribute("format", kind);
			model.addAttribute("rows", rows);
			model.addAttribute("threshold", exports.threshold());
			model.addAttribute("problems", java.util.List.of());
			return "beneficiaries/export-request";
		}
		attachment(response, kind);
		exports.write(filter, kind, user, response.getOutputStream());
		return null;
	}

	@PostMapping("/beneficiaries/exports")
	String request(@RequestParam String format, @RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) String name,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/beneficiaries/exports", "registry.export.requested",
				() -> exports.request(new BeneficiaryFilter(region, category, name, null), ExportFormat.named(format),
						reason, user));
	}

	@GetMapping("/beneficiaries/exports")
	String requests(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = exports.requests(user, Paging.of(page, null));
		model.addAttribute("found", found);
		model.addAttribute("requests", found.content());
		model.addAttribute("me", user.getUsername());
		model.addAttribute("mayDecide", user.can(Permission.PERSONAL_DATA_EXPORT));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", java.util.List.of());
		}
		return "beneficiaries/exports";
	}

	@PostMapping("/beneficiaries/exports/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/beneficiaries/exports", "registry.export.approved",
				() -> exports.decide(id, true, user));
	}

	@PostMapping("/beneficiaries/exports/{id}/reject")
	String reject(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/beneficiaries/exports", "registry.export.rejected",
				() -> exports.decide(id, false, user));
	}

	@GetMapping("/beneficiaries/exports/{id}/download")
	void download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		ExportRequest request = exports.visible(id, user);
		if (!request.requestedBy().equals(user.getUsername())) {
			throw new cn.shuangyong.shared.NotFoundException("导出申请不存在");
		}
		if (request.status() != ExportRequest.Status.APPROVED) {
			throw new cn.shuangyong.shared.ConflictException(request.status() == ExportRequest.Status.DOWNLOADED
					? "此导出已下载过，每次审批只能下载一次" : "此申请尚未批准（" + request.status().label() + "）");
		}
		attachment(response, request.format());
		exports.download(id, user, response.getOutputStream());
	}

	/** A second download, or one of a request not yet approved: the Chinese error page with 409. */
	@org.springframework.web.bind.annotation.ExceptionHandler(cn.shuangyong.shared.ConflictException.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
	String conflict(cn.shuangyong.shared.ConflictException e, Model model, HttpServletResponse response) {
		model.addAttribute("status", 409);
		model.addAttribute("message", e.getMessage());
		return "error";
	}

	private void attachment(HttpServletResponse response, ExportFormat format) {
		String name = "优抚对象-" + LocalDateTime.now(clock.withZone(BusinessClock.CHINA)).format(STAMP) + "."
				+ format.extension();
		Attachment.prepare(response, name, MediaType.parseMediaType(format.contentType()));
	}
}

package cn.shuangyong.beneficiaries.web;

import java.io.IOException;
import java.util.List;

import cn.shuangyong.beneficiaries.importing.BeneficiaryImports;
import cn.shuangyong.beneficiaries.importing.ImportFileException;
import cn.shuangyong.beneficiaries.importing.ImportJob;
import cn.shuangyong.beneficiaries.importing.ImportMode;
import cn.shuangyong.beneficiaries.importing.ImportReport;
import cn.shuangyong.beneficiaries.importing.ImportTemplate;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import screen: the form with the template and the mode, the recent jobs, and a job's page whose progress bar
 * htmx polls until the job ends, then its result and the problems with the report to download.
 */
@Controller
@PreAuthorize("hasAuthority(T(cn.shuangyong.shared.Permission).PERSONAL_DATA_READ.name())"
		+ " and hasAuthority(T(cn.shuangyong.shared.Permission).WORK_EDIT.name())")
class ImportPages {

	private final BeneficiaryImports imports;

	private final ImportReport report;

	ImportPages(BeneficiaryImports imports, ImportReport report) {
		this.imports = imports;
		this.report = report;
	}

	@GetMapping("/beneficiaries/imports")
	String form(@RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var found = imports.recent(user, Paging.of(page, null));
		model.addAttribute("found", found);
		model.addAttribute("jobs", found.content());
		model.addAttribute("modes", ImportMode.values());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "beneficiaries/imports";
	}

	@PostMapping("/beneficiaries/imports")
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		try {
			ImportJob job = imports.submit(file.getInputStream(), UploadedFileName.of(file), mode, user);
			return "redirect:/beneficiaries/imports/" + job.id();
		}
		catch (ImportFileException e) {
			model.addAttribute("problems", List.of(e.getMessage()));
			return form(null, user, model);
		}
	}

	@GetMapping("/beneficiaries/imports/{id}")
	String job(@PathVariable long id, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		addJob(id, Paging.of(page, null), user, model);
		return "beneficiaries/import-job";
	}

	/** The part of the job page that htmx replaces every second while the job runs. */
	@GetMapping("/beneficiaries/imports/{id}/progress")
	String progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		addJob(id, Paging.first(), user, model);
		return "beneficiaries/import-job :: progress";
	}

	@GetMapping("/beneficiaries/imports/{id}/report.xlsx")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		return ReportDownload.of(report, id, user);
	}

	@GetMapping("/beneficiaries/imports/template.xlsx")
	ResponseEntity<byte[]> template() {
		return Attachment.xlsx("优抚对象导入模板.xlsx", ImportTemplate.workbook());
	}

	private void addJob(long id, Paging paging, CurrentUser user, Model model) {
		ImportJob job = imports.job(id, user);
		model.addAttribute("job", job);
		ListPage<ImportReport.Line> found = job.status().name().equals("RUNNING") ? paging.of(List.of(), 0)
				: report.lines(id, user, paging);
		model.addAttribute("found", found);
		model.addAttribute("lines", found.content());
	}
}

package cn.shuangyong.beneficiaries.web;

import java.io.IOException;

import cn.shuangyong.beneficiaries.importing.BeneficiaryImports;
import cn.shuangyong.beneficiaries.importing.ImportFileException;
import cn.shuangyong.beneficiaries.importing.ImportJob;
import cn.shuangyong.beneficiaries.importing.ImportMode;
import cn.shuangyong.beneficiaries.importing.ImportReport;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.web.UploadedFileName;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The import API: hand in a file, follow its job, download its report. */
@RestController
@RequestMapping("/api/v1/beneficiaries/imports")
@PreAuthorize("hasAuthority(T(cn.shuangyong.shared.Permission).PERSONAL_DATA_READ.name())"
		+ " and hasAuthority(T(cn.shuangyong.shared.Permission).WORK_EDIT.name())")
class ImportApi {

	private final BeneficiaryImports imports;

	private final ImportReport report;

	private final ApiLabels labels;

	ImportApi(BeneficiaryImports imports, ImportReport report, ApiLabels labels) {
		this.imports = imports;
		this.report = report;
		this.labels = labels;
	}

	/** 202 with the job; the same file handed in again answers with its existing job. */
	@PostMapping
	ResponseEntity<JobStatus> submit(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "ALL_OR_NOTHING") ImportMode mode,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		ImportJob job = imports.submit(file.getInputStream(), UploadedFileName.of(file), mode, user);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobStatus.of(job, labels));
	}

	@GetMapping("/{id}")
	JobStatus status(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return JobStatus.of(imports.job(id, user), labels);
	}

	@GetMapping("/{id}/report.xlsx")
	ResponseEntity<byte[]> report(@PathVariable long id, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		return ReportDownload.of(report, id, user);
	}

	@ExceptionHandler(ImportFileException.class)
	ProblemDetail refused(ImportFileException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.kind().status()), e.getMessage());
		problem.setTitle("无法导入该文件");
		return problem;
	}

	/** A job as the API shows it; {@code status} and {@code mode} are codes, each with its Chinese label beside it. */
	record JobStatus(long id, String status, String statusLabel, String mode, String modeLabel, String fileName,
			int total, int imported, int rejected, int warned, int rowsRead, int rowsValidated, int rowsWritten,
			int percent, String message, String report) {

		static JobStatus of(ImportJob job, ApiLabels labels) {
			return new JobStatus(job.id(), job.status().name(), labels.of("imports.status." + job.status().name()),
					job.mode().name(), labels.of("imports.mode." + job.mode().name()), job.fileName(), job.total(),
					job.imported(), job.rejected(), job.warned(), job.rowsRead(), job.rowsValidated(), job.rowsWritten(),
					job.percent(), job.message(), "/api/v1/beneficiaries/imports/" + job.id() + "/report.xlsx");
		}
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import org.springframework.core.task.TaskExecutor;
import cn.shuangyong.shared.Permission;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Bulk import of beneficiaries: an office or a service station hands in a file and gets a job that imports it in the
 * background. The same file from the same unit is one job: handed in again, even twice at once, it returns that job
 * and adds nothing. People may be imported only into regions within the importer's data scope.
 * <p>
 * Who may import: staff who both read personal data and do the business work (PERSONAL_DATA_READ and WORK_EDIT),
 * which are the 双拥办 staff and the service-station staff of the region. Leaders only read; liaisons of member units
 * see no personal data; administrators (三员) see none either.
 */
@Service
public class BeneficiaryImports {

	static final Permission PERSONAL_DATA_READ = Permission.PERSONAL_DATA_READ;

	static final Permission WORK_EDIT = Permission.WORK_EDIT;

	private final ImportJobs jobs;

	private final ImportRun run;

	private final AuditTrail audit;

	private final ImportSettings settings;

	private final TaskExecutor executor;

	private final FileFolder uploads;

	BeneficiaryImports(ImportJobs jobs, ImportRun run, AuditTrail audit, ImportSettings settings,
			@Qualifier("beneficiaryImportExecutor") TaskExecutor executor, FileStore files) {
		this.jobs = jobs;
		this.run = run;
		this.audit = audit;
		this.settings = settings;
		this.uploads = files.folder("imports");
		this.executor = executor;
	}

	public static boolean mayImport(CurrentUser user) {
		return user.can(PERSONAL_DATA_READ) && user.can(WORK_EDIT);
	}

	/**
	 * Takes an uploaded file: stores it under a generated name while hashing it, checks what it is and its headings,
	 * and starts (or finds) its job. A file refused here is deleted and the refusal audited.
	 */
	public ImportJob submit(InputStream content, String fileName, ImportMode mode, CurrentUser by) throws IOException {
		requireImporter(by);
		String name = FileNames.display(fileName);
		UploadStore.Stored stored;
		try {
			stored = UploadStore.store(content, uploads, settings);
		}
		catch (ImportFileException e) {
			throw refused(name, e, by);
		}
		try {
			ImportFormat format = Preflight.check(stored.path(), name);
			ImportJobs.NewJob job = new ImportJobs.NewJob(by.unitId(), by.regionCode(), by.getUsername(), stored.sha256(),
					name, format, "UPLOAD", stored.path().toString(), mode == null ? ImportMode.ALL_OR_NOTHING : mode);
			return start(job, by);
		}
		catch (ImportFileException e) {
			UploadStore.delete(stored.path());
			throw refused(name, e, by);
		}
	}

	/** Every refusal of a file is audited (security requirements §3: one audit row per rejection). */
	private ImportFileException refused(String name, ImportFileException e, CurrentUser by) {
		audit.recordIndependently(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null,
				"BENEFICIARY_IMPORT_REFUSED", "BENEFICIARY_IMPORT", null, AuditOutcome.FAILURE,
				"拒绝导入文件“" + name + "”：" + e.getMessage()));
		return e;
	}

	/** An operator's local file, imported now in this thread (the command line); the upload limit does not apply. */
	public ImportJob importLocalFile(Path file, ImportMode mode, CurrentUser by) throws IOException {
		String name = FileNames.display(file.getFileName().toString());
		ImportFormat format = Preflight.check(file, name);
		ImportJobs.NewJob job = new ImportJobs.NewJob(by.unitId(), by.regionCode(), by.getUsername(),
				UploadStore.sha256(file), name, format, "COMMAND", file.toAbsolutePath().toString(),
				mode == null ? ImportMode.ALL_OR_NOTHING : mode);
		Optional<Long> created = jobs.create(job);
		long id = created.orElseGet(() -> jobs.idOf(job.unitId(), job.sha256()).orElseThrow());
		if (created.isPresent() || jobs.restartFailed(id, job)) {
			audit.recordIndependently(ImportRun.entry(jobs.find(id).orElseThrow(), "BENEFICIARY_IMPORT_STARTED",
					AuditOutcome.SUCCESS, "从本地文件开始导入，方式：" + job.mode().label()));
		}
		run.run(id);
		return jobs.find(id).orElseThrow();
	}

	private ImportJob start(ImportJobs.NewJob job, CurrentUser by) {
		Optional<Long> created = jobs.create(job);
		long id;
		if (created.isPresent()) {
			id = created.get();
		}
		else {
			id = jobs.idOf(job.unitId(), job.sha256()).orElseThrow();
			if (!jobs.restartFailed(id, job)) {
				// the same file again: its job is running or done, and this copy adds nothing
				UploadStore.delete(Path.of(job.storedFile()));
				return jobs.find(id).orElseThrow();
			}
		}
		ImportJob started = jobs.find(id).orElseThrow();
		audit.recordIndependently(ImportRun.entry(started, "BENEFICIARY_IMPORT_STARTED", AuditOutcome.SUCCESS,
				"开始导入，方式：" + job.mode().label()));
		executor.execute(() -> run.run(id));
		return started;
	}

	/** A job the user may see: one imported within their data scope; any other is 404, as if it did not exist. */
	public ImportJob job(long id, CurrentUser by) {
		requireImporter(by);
		return jobs.find(id).filter(job -> by.covers(job.scopeRegion()))
			.orElseThrow(() -> new NotFoundException("没有找到这个导入任务"));
	}

	public ListPage<ImportJob> recent(CurrentUser by, Paging paging) {
		requireImporter(by);
		return jobs.recent(by.scope(), paging);
	}

	/** Runs a job again in the background: for recovery of a job whose worker died. */
	void resume(long id) {
		executor.execute(() -> run.run(id));
	}

	static void requireImporter(CurrentUser user) {
		if (!mayImport(user)) {
			throw new AccessDeniedException("只有双拥办和服务站工作人员可以导入优抚对象");
		}
	}
}

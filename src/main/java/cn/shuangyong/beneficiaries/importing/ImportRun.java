package cn.shuangyong.beneficiaries.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.BitSet;

import javax.sql.DataSource;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.CategoryCatalogue;
import cn.shuangyong.beneficiaries.PeopleImported;
import cn.shuangyong.beneficiaries.PersonEncoding;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job from its file to its end, in one transaction: every row is read and checked first (the
 * validation pass), the rows that need each other or the registry are checked in SQL, and only then, if the mode
 * allows, the people are written (the write pass, reading the file again and encrypting as it goes) together with
 * the job's end state and its audit entry. A crash anywhere before the commit leaves nothing; a commit leaves all.
 * <p>
 * The transaction holds an advisory lock on the job, so a job is run by one worker at a time across nodes, and a job
 * still RUNNING whose lock is free was left by a dead process ({@link ImportRecovery}).
 */
@Component
class ImportRun {

	/** First key of the advisory locks of import jobs (the second is the job id). */
	static final int LOCK_CLASS = 0x5359_494D;

	private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ImportJobs jobs;

	private final ImportProgress progress;

	private final AuditTrail audit;

	private final PersonEncoding encoding;

	private final CategoryCatalogue catalogue;

	private final Directory directory;

	private final Clock clock;

	private final BusinessClock businessClock;

	private final ImportSettings settings;

	private final ApplicationEventPublisher events;

	ImportRun(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, ImportJobs jobs,
			ImportProgress progress, AuditTrail audit, PersonEncoding encoding, CategoryCatalogue catalogue,
			Directory directory, Clock clock, BusinessClock businessClock, ImportSettings settings,
			ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobs = jobs;
		this.progress = progress;
		this.audit = audit;
		this.encoding = encoding;
		this.catalogue = catalogue;
		this.directory = directory;
		this.clock = clock;
		this.businessClock = businessClock;
		this.settings = settings;
		this.events = events;
	}

	/** Runs the job unless another worker holds it or it has ended; returns its state afterwards. */
	ImportStatus run(long jobId) {
		String stored = jobs.storedFile(jobId).orElse(null);
		boolean upload = jobs.find(jobId).isPresent() && "UPLOAD".equals(jobs.source(jobId));
		ImportStatus status;
		try {
			status = transaction.execute(tx -> attempt(jobId));
		}
		catch (ImportFileException e) {
			status = fail(jobId, e.getMessage());
		}
		catch (RuntimeException e) {
			log.error("优抚对象导入任务 {} 中断", jobId, e);
			status = fail(jobId, "导入中断，未导入任何人员：" + describe(e) + "。可重新上传同一文件再次导入");
		}
		if (upload && stored != null && (status == ImportStatus.DONE || status == ImportStatus.FAILED)) {
			UploadStore.delete(Path.of(stored));
		}
		return status;
	}

	private ImportStatus attempt(long jobId) {
		boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:class, :job)").param("class", LOCK_CLASS)
			.param("job", (int) jobId).query(Boolean.class).single();
		ImportJob job = jobs.find(jobId).orElse(null);
		if (!mine || job == null || job.status() != ImportStatus.RUNNING) {
			return job == null ? null : mine ? job.status() : ImportStatus.RUNNING;
		}
		Path file = jobs.storedFile(jobId).map(Path::of).filter(Files::isReadable)
			.orElseThrow(() -> new ImportFileException(ImportFileException.Kind.INVALID,
					"待导入的文件已不在服务器上（可能已被清理），请重新上传"));
		int maxRows = "COMMAND".equals(jobs.source(jobId)) ? settings.commandMaxRows() : settings.maxRows();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		jdbc.sql("delete from beneficiaries.import_problem where job_id = :id").param("id", jobId).update();
		RegionIndex regions = RegionIndex.load(directory, job.scopeRegion().substring(0, 2));
		LocalDate today = LocalDate.now(clock.withZone(BusinessClock.CHINA));
		LocalDate businessDate = businessClock.today();
		ImportPass.Setup setup = new ImportPass.Setup(job, file, maxRows, settings.chunkRows(),
				headings -> new RowChecker(headings, today, businessDate, catalogue, regions, job.scopeRegion()));
		PhaseTimes times = new PhaseTimes();
		ValidationPass.Result checked = new ValidationPass(setup, jdbc, connection, encoding, progress).run();
		times.end("检查");
		BitSet rejected = new CrossRowChecks(jdbc, jobId, checked.idColumn()).run(checked.rejected());
		times.end("跨行检查");
		int rejectedCount = rejected.cardinality();
		if (job.mode() == ImportMode.ALL_OR_NOTHING && rejectedCount > 0) {
			ImportJobs.Counts counts = new ImportJobs.Counts(checked.total(), 0, rejectedCount, checked.warned());
			String message = "有 " + rejectedCount + " 行存在问题，按“" + job.mode().label()
					+ "”方式未导入任何人员：请下载导入报告，改正后重新导入";
			jobs.finish(jobId, ImportStatus.FAILED, counts, message);
			audit.record(entry(job, "BENEFICIARY_IMPORT_REJECTED", AuditOutcome.FAILURE, message));
			return ImportStatus.FAILED;
		}
		ImportRollups rollups = new ImportRollups(jdbc);
		rollups.defer();
		new CrossRowChecks(jdbc, jobId, checked.idColumn()).households(connection, rejected);
		times.end("建户");
		ImportPlan plan = ImportPlan.make(jdbc);
		times.end("编号");
		int written = new WritePass(setup, plan, connection, encoding, progress, rejected, checked.total()).run();
		times.end("写入");
		rollups.refresh();
		times.end("汇总");
		log.info("优抚对象导入任务 {}：{} 行，用时 {}", jobId, checked.total(), times);
		ImportJobs.Counts counts = new ImportJobs.Counts(checked.total(), written, rejectedCount, checked.warned());
		String message = "导入完成：读取 " + checked.total() + " 行，导入 " + written + " 人" + (rejectedCount > 0
				? "，" + rejectedCount + " 行有问题未导入（见导入报告）" : "") + (checked.warned() > 0
						? "，" + checked.warned() + " 行有提醒" : "");
		jobs.finish(jobId, ImportStatus.DONE, counts, message);
		audit.record(entry(job, "BENEFICIARY_IMPORT_DONE", AuditOutcome.SUCCESS, message));
		if (written > 0) {
			events.publishEvent(new PeopleImported(jobId, job.scopeRegion(), written, businessClock.today()));
		}
		return ImportStatus.DONE;
	}

	/** How long each phase of a run took, for the log (the benchmark reads it). */
	private static final class PhaseTimes {

		private final StringBuilder text = new StringBuilder();

		private long start = System.nanoTime();

		void end(String phase) {
			long now = System.nanoTime();
			text.append(text.isEmpty() ? "" : "，").append(phase).append(' ')
				.append(String.format("%.1f", (now - start) / 1e9)).append(" 秒");
			start = now;
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}

	/** Records a run that ended without importing anything, in a transaction of its own. */
	private ImportStatus fail(long jobId, String message) {
		return transaction.execute(tx -> {
			ImportJob job = jobs.find(jobId).orElse(null);
			if (job == null || job.status() != ImportStatus.RUNNING) {
				return job == null ? null : job.status();
			}
			jdbc.sql("delete from beneficiaries.import_problem where job_id = :id").param("id", jobId).update();
			jobs.finish(jobId, ImportStatus.FAILED, ImportJobs.Counts.NONE, message);
			audit.record(entry(job, "BENEFICIARY_IMPORT_FAILED", AuditOutcome.FAILURE, message));
			return ImportStatus.FAILED;
		});
	}

	static AuditEntry entry(ImportJob job, String event, AuditOutcome outcome, String detail) {
		return new AuditEntry(job.actor(), job.unitId(), job.scopeRegion(), null, event, "BENEFICIARY_IMPORT",
				Long.toString(job.id()), outcome, "文件“" + job.fileName() + "”：" + detail);
	}

	private static String describe(RuntimeException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		if (message.contains("person_id_lookup_uq") || message.contains("duplicate key")) {
			return "其间有人登记了本文件中的同一人员（公民身份号码重复）";
		}
		return "数据库或服务器出错";
	}
}

package cn.shuangyong.beneficiaries.importing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how far a running import has got, each time in a short transaction of its own beside the import's, so the
 * page can show it while the import's own transaction is still open.
 */
@Component
class ImportProgress {

	private final TransactionTemplate separate;

	private final ImportJobs jobs;

	ImportProgress(PlatformTransactionManager transactions, ImportJobs jobs) {
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.jobs = jobs;
	}

	void report(long jobId, int read, int validated, int written) {
		separate.executeWithoutResult(tx -> jobs.progress(jobId, read, validated, written));
	}
}

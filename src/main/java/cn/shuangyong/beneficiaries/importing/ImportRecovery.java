package cn.shuangyong.beneficiaries.importing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, finds the jobs a dead process left RUNNING and runs them again from their kept file. A dead process's
 * transaction was rolled back by PostgreSQL when its connection dropped, so such a job has written nothing and
 * running it again cannot double anything; a job still held by a live worker (another node) keeps its advisory lock
 * and {@link ImportRun} leaves it alone.
 */
@Component
class ImportRecovery {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJobs jobs;

	private final BeneficiaryImports imports;

	ImportRecovery(ImportJobs jobs, BeneficiaryImports imports) {
		this.jobs = jobs;
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		List<Long> running = recover();
		if (!running.isEmpty()) {
			log.warn("发现 {} 个未完成的优抚对象导入任务 {}，重新运行（此前未写入任何数据）", running.size(), running);
		}
	}

	/** The jobs handed back to the import worker. */
	List<Long> recover() {
		List<Long> running = jobs.running();
		running.forEach(imports::resume);
		return running;
	}
}

package cn.shuangyong.beneficiaries.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A kill -9 in the middle of an import, as the database sees it (issue 5 item 4): the dead worker's transaction is
 * rolled back when its connection drops, its job stays RUNNING with its advisory lock free, and on the next start
 * the job is picked up and run again from its kept file, importing every row exactly once. A job whose worker is
 * still alive (its lock held, on this node or another) is left alone. The real kill -9 of a running platform is
 * {@code bench/import-kill.sh}, outside CI.
 */
@PlatformTest
// these tests empty the registry, so they get a database of their own rather than the shared demo one
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
@org.springframework.test.context.event.RecordApplicationEvents
class ImportRecoveryTests {

	@Autowired
	org.springframework.test.context.event.ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	DataSource dataSource;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportRun run;

	@Autowired
	ImportRecovery recovery;

	ImportApiCalls api;

	@BeforeEach
	void emptyRegistry() {
		api = new ImportApiCalls(mvc, jdbc, demo);
		api.emptyRegistry();
	}

	@Test
	void aJobLeftRunningByADeadWorkerIsRunAgainAndImportsEveryRowOnce() throws Exception {
		long job = jobLeftRunning(ImportFiles.csv(1, 60));
		try (Connection worker = dataSource.getConnection()) {
			// the worker that was killed: it holds the job's lock and has written part of the file, uncommitted
			worker.setAutoCommit(false);
			try (Statement sql = worker.createStatement()) {
				sql.execute("select pg_advisory_xact_lock(" + ImportRun.LOCK_CLASS + ", " + job + ")");
				sql.execute("insert into beneficiaries.household (head_lookup, region_code) values ('partial-1', '532302')");
			}
			assertThat(run.run(job)).as("a job whose worker lives is not run twice").isEqualTo(ImportStatus.RUNNING);
			assertThat(api.count("select count(*) from beneficiaries.person")).isZero();
			// kill -9: the connection drops without a commit
		}
		assertThat(api.count("select count(*) from beneficiaries.household")).as("nothing partial survives").isZero();
		assertThat(recovery.recover()).containsExactly(job);
		await().atMost(Duration.ofSeconds(90)).until(() -> jobs.find(job).orElseThrow().status() != ImportStatus.RUNNING);
		ImportJob done = jobs.find(job).orElseThrow();
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.imported()).isEqualTo(60);
		assertThat(api.people()).isEqualTo(60);
		assertThat(api.count("select count(distinct id_lookup) from beneficiaries.person")).isEqualTo(60);
		assertThat(api.count("select count(*) from beneficiaries.household")).isEqualTo(60);
		assertThat(recovery.recover()).as("nothing left to recover").isEmpty();
	}

	@Test
	void aRecoveredJobWhoseFileIsGoneFailsWithAReasonAndImportsNothing() throws Exception {
		long job = jobLeftRunning(ImportFiles.csv(1, 5));
		Files.delete(Path.of(jobs.storedFile(job).orElseThrow()));
		assertThat(run.run(job)).isEqualTo(ImportStatus.FAILED);
		assertThat(jobs.find(job).orElseThrow().message()).contains("待导入的文件已不在服务器上");
		assertThat(api.nothingSaved()).isTrue();
	}

	@Test
	void aRecoveredJobThatWasAlreadyDoneIsNotRunAgain() throws Exception {
		long job = jobLeftRunning(ImportFiles.csv(1, 5));
		assertThat(run.run(job)).isEqualTo(ImportStatus.DONE);
		assertThat(run.run(job)).isEqualTo(ImportStatus.DONE);
		assertThat(recovery.recover()).isEmpty();
		assertThat(api.people()).isEqualTo(5);
		// the registry's neighbours hear of the import once, not once per person and not again
		assertThat(events.stream(cn.shuangyong.beneficiaries.PeopleImported.class)).singleElement()
			.satisfies(e -> assertThat(e).extracting("importJobId", "regionCode", "people").containsExactly(job, "532302", 5));
	}

	/** A job as a killed process leaves it: RUNNING, its file in the upload folder, nothing written. */
	private long jobLeftRunning(String csv) throws Exception {
		Path file = Files.createTempFile("upload-", ".csv");
		Files.writeString(file, csv);
		ImportJobs.NewJob job = new ImportJobs.NewJob(demo.unitId(Demo.LUFENG_OFFICE), "532302", ImportApiCalls.OFFICE,
				UploadStore.sha256(file), "killed.csv", ImportFormat.CSV, "UPLOAD", file.toString(),
				ImportMode.ALL_OR_NOTHING);
		return jobs.create(job).orElseThrow();
	}
}

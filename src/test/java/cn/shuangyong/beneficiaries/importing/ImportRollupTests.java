package cn.shuangyong.beneficiaries.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The import writes its people with the roll-up triggers deferred and counts them itself before it commits
 * (ImportRollups): the registry's and the honours' roll-ups must equal a plain aggregate after imports that create
 * households, join households already registered, hang members on a head outside the file, reject rows, and after a
 * worker killed in the middle of its write pass; and the deferral must not reach any other transaction.
 */
@PlatformTest
@org.springframework.test.context.TestPropertySource(properties = "shuangyong.test.empties-registry=true")
class ImportRollupTests {

	private static final String HEADER = ImportFiles.HEADER + ",户主公民身份号码";

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
	ImportRecovery recovery;

	private ImportApiCalls api;

	@BeforeEach
	void emptyRegistry() {
		api = new ImportApiCalls(mvc, jdbc, demo);
		api.emptyRegistry();
	}

	@Test
	void rollupsAreExactAfterImportsThatMakeAndJoinHouseholds() throws Exception {
		JsonNode first = api.imported("heads.csv", ImportFiles.bytes(ImportFiles.csv(1, 3)), null);
		assertThat(first.get("imported").asInt()).isEqualTo(3);
		assertExact();
		long household = api.count("select household_id from beneficiaries.person where name = '测试1'");
		// a plaque on the first head's household: the import must keep it counted when a member joins
		jdbc.sql("""
				insert into beneficiaries.plaque (household_id, state, hung_on, hung_by)
				values (:h, 'HUNG', date '2020-08-01', '禄丰市退役军人事务局')""").param("h", household).update();
		jdbc.sql("select beneficiaries.honour_refresh(array[cast(:h as bigint)])").param("h", household)
			.query(rs -> {
			});
		String file = String.join("\n", HEADER,
				member(10, "现役军人家属", ImportFiles.id(1)), // joins a registered household
				member(11, "退伍军人", ""), // heads a new household …
				member(12, "烈士遗属", ImportFiles.id(11)), // … that this member joins
				member(13, "复员军人", ImportFiles.id(500)), // a head who is in neither the file nor the registry
				member(14, "退伍军人", ImportFiles.id(500)),
				member(2, "退伍军人", ""), // already registered: rejected
				"错行,123,退伍军人," + ImportFiles.VILLAGE + ",,,") + "\n";
		JsonNode second = api.imported("members.csv", ImportFiles.bytes(file), "VALID_ROWS");
		assertThat(second.get("status").asString()).isEqualTo("DONE");
		assertThat(second.get("imported").asInt()).isEqualTo(5);
		assertThat(second.get("rejected").asInt()).isEqualTo(2);
		assertThat(api.count("select count(*) from beneficiaries.household")).isEqualTo(5);
		assertThat(api.count("select count(*) from beneficiaries.person where household_id = " + household)).isEqualTo(2);
		assertExact();
		assertThat(api.count("select plaqued_households from beneficiaries.plaque_rollup where county_code = '532302'"))
			.isEqualTo(1);

		// the same people again, in another file: every row already registered, nothing added, the counts unchanged
		Map<String, Long> before = rolledUp();
		JsonNode again = api.imported("members-again.csv", ImportFiles.bytes(file.replace("错行,123,退伍军人,"
				+ ImportFiles.VILLAGE + ",,,\n", "")), "VALID_ROWS");
		assertThat(again.get("imported").asInt()).isZero();
		assertThat(rolledUp()).isEqualTo(before);
		assertExact();
	}

	@Test
	void theDeferralEndsWithTheImportsTransaction() throws Exception {
		api.imported("people.csv", ImportFiles.bytes(ImportFiles.csv(1, 4)), null);
		// a later write in a transaction of its own is counted by the triggers again
		jdbc.sql("""
				insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup, id_cipher,
				  id_masked, categories, region_code, county_code, prefecture_code)
				select household_id, '另一人', '另一人', sex, birth_date, 'other-lookup', id_cipher, id_masked, categories,
				  region_code, county_code, prefecture_code from beneficiaries.person where name = '测试1'""").update();
		assertThat(jdbc.sql("select coalesce(current_setting('beneficiaries.rollups_deferred', true), '')")
			.query(String.class).single()).isNotEqualTo("on");
		assertExact();
	}

	@Test
	void aWorkerKilledWhileWritingWithTheRollupsDeferredLeavesThemExactAndTheRerunCountsOnce() throws Exception {
		api.imported("earlier.csv", ImportFiles.bytes(ImportFiles.csv(100, 3)), null);
		Path stored = Files.createTempFile("upload-", ".csv");
		Files.writeString(stored, ImportFiles.csv(1, 40));
		long job = jobs.create(new ImportJobs.NewJob(demo.unitId(Demo.LUFENG_OFFICE), "532302", ImportApiCalls.OFFICE,
				UploadStore.sha256(stored), "killed.csv", ImportFormat.CSV, "UPLOAD", stored.toString(),
				ImportMode.ALL_OR_NOTHING)).orElseThrow();
		try (Connection worker = dataSource.getConnection()) {
			worker.setAutoCommit(false);
			try (Statement sql = worker.createStatement()) {
				sql.execute("select pg_advisory_xact_lock(" + ImportRun.LOCK_CLASS + ", " + job + ")");
				sql.execute("select set_config('beneficiaries.rollups_deferred', 'on', true)");
				sql.execute("insert into beneficiaries.household (head_lookup, region_code) values ('partial', '532302101001')");
				sql.execute("""
						insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup,
						  id_cipher, id_masked, categories, region_code, county_code, prefecture_code)
						select id, '写了一半', '写了一半', 'M', date '1960-01-01', 'partial', 'x', 'x', '{DISCHARGED_SOLDIER_2019}',
						  '532302101001', '532302', '5323' from beneficiaries.household where head_lookup = 'partial'""");
			}
			// kill -9: the connection drops without a commit
		}
		assertExact();
		assertThat(recovery.recover()).containsExactly(job);
		await().atMost(Duration.ofSeconds(90)).until(() -> jobs.find(job).orElseThrow().status() != ImportStatus.RUNNING);
		assertThat(jobs.find(job).orElseThrow().imported()).isEqualTo(40);
		assertThat(api.people()).isEqualTo(43);
		assertExact();
	}

	private static String member(int n, String category, String head) {
		return "测试" + n + "," + ImportFiles.id(n) + "," + category + "," + ImportFiles.VILLAGE + ",138"
				+ String.format("%08d", n) + ",金山镇" + n + "号," + head;
	}

	private void assertExact() {
		assertThat(rolledUp()).isEqualTo(aggregated());
		List<Map<String, Object>> honours = jdbc.sql("""
				select household_id, county_code, eligible, plaqued from beneficiaries.household_honour
				order by household_id""").query().listOfRows();
		assertThat(honours.toString()).isEqualTo(jdbc.sql("""
				select h.id household_id, left(h.region_code, 6) county_code,
				  exists (select 1 from beneficiaries.person p where p.household_id = h.id
				    and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible)) eligible,
				  exists (select 1 from beneficiaries.plaque pl where pl.household_id = h.id and pl.state = 'HUNG') plaqued
				from beneficiaries.household h order by h.id""").query().listOfRows().toString());
	}

	/** The roll-ups, without the zero rows that removals leave. */
	private Map<String, Long> rolledUp() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select county_code, category, people from beneficiaries.person_count where people <> 0")
			.query(rs -> {
				counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
			});
		jdbc.sql("select county_code, people, households from beneficiaries.county_total where people <> 0 or households <> 0")
			.query(rs -> {
				counts.put(rs.getString(1) + "/people", rs.getLong(2));
				counts.put(rs.getString(1) + "/households", rs.getLong(3));
			});
		jdbc.sql("select region_code, people, households from beneficiaries.place_total where people <> 0 or households <> 0")
			.query(rs -> {
				counts.put("place " + rs.getString(1) + "/people", rs.getLong(2));
				counts.put("place " + rs.getString(1) + "/households", rs.getLong(3));
			});
		jdbc.sql("select region_code, category, people from beneficiaries.place_count where people <> 0")
			.query(rs -> {
				counts.put("place " + rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
			});
		jdbc.sql("""
				select county_code, eligible_households, plaqued_households from beneficiaries.plaque_rollup
				where eligible_households <> 0 or plaqued_households <> 0""").query(rs -> {
					counts.put(rs.getString(1) + "/eligible", rs.getLong(2));
					counts.put(rs.getString(1) + "/plaqued", rs.getLong(3));
				});
		return counts;
	}

	/** The same figures counted from the people and households themselves. */
	private Map<String, Long> aggregated() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select county_code, c, count(*) from beneficiaries.person, unnest(categories) c group by 1, 2")
			.query(rs -> {
				counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
			});
		jdbc.sql("""
				select coalesce(p.county, h.county), coalesce(p.n, 0), coalesce(h.n, 0)
				from (select county_code county, count(*) n from beneficiaries.person group by 1) p
				full join (select left(region_code, 6) county, count(*) n from beneficiaries.household group by 1) h
				  on h.county = p.county""").query(rs -> {
					counts.put(rs.getString(1) + "/people", rs.getLong(2));
					counts.put(rs.getString(1) + "/households", rs.getLong(3));
				});
		jdbc.sql("""
				select coalesce(p.place, h.place), coalesce(p.n, 0), coalesce(h.n, 0)
				from (select region_code place, count(*) n from beneficiaries.person group by 1) p
				full join (select region_code place, count(*) n from beneficiaries.household group by 1) h
				  on h.place = p.place""").query(rs -> {
					counts.put("place " + rs.getString(1) + "/people", rs.getLong(2));
					counts.put("place " + rs.getString(1) + "/households", rs.getLong(3));
				});
		jdbc.sql("select region_code, c, count(*) from beneficiaries.person, unnest(categories) c group by 1, 2")
			.query(rs -> {
				counts.put("place " + rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
			});
		jdbc.sql("""
				select left(h.region_code, 6), count(*), count(*) filter (where exists (select 1
				  from beneficiaries.plaque pl where pl.household_id = h.id and pl.state = 'HUNG'))
				from beneficiaries.household h
				where exists (select 1 from beneficiaries.person p where p.household_id = h.id
				  and p.categories && array(select category_code from beneficiaries.plaque_rule where eligible))
				group by 1""").query(rs -> {
					counts.put(rs.getString(1) + "/eligible", rs.getLong(2));
					counts.put(rs.getString(1) + "/plaqued", rs.getLong(3));
				});
		return counts;
	}
}

package cn.shuangyong.beneficiaries;

import java.io.StringReader;
import java.sql.Connection;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import cn.shuangyong.Demo;
import cn.shuangyong.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-ups stay exact: after each change through the write path, and against a plain aggregate after random
 * inserts, COPY, moves, category changes and deletes done straight in SQL, as the bulk import does.
 */
@RegistryTest
class RollupTests {

	@Autowired
	Registry registry;

	@Autowired
	RegistryStats stats;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	Map<String, Long> rolledUp() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select county_code, category, people from beneficiaries.person_count where people <> 0")
			.query(rs -> { counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)); });
		jdbc.sql("select county_code, people, households from beneficiaries.county_total where people <> 0 or households <> 0")
			.query(rs -> {
				counts.put(rs.getString(1) + "/people", rs.getLong(2));
				counts.put(rs.getString(1) + "/households", rs.getLong(3));
			});
		return counts;
	}

	Map<String, Long> aggregated() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select county_code, c, count(*) from beneficiaries.person, unnest(categories) c group by 1, 2")
			.query(rs -> { counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)); });
		jdbc.sql("""
				select coalesce(p.county, h.county), coalesce(p.n, 0), coalesce(h.n, 0)
				from (select county_code county, count(*) n from beneficiaries.person group by 1) p
				full join (select left(region_code, 6) county, count(*) n from beneficiaries.household group by 1) h
				  on h.county = p.county""")
			.query(rs -> {
				counts.put(rs.getString(1) + "/people", rs.getLong(2));
				counts.put(rs.getString(1) + "/households", rs.getLong(3));
			});
		return counts;
	}

	/** The per-place roll-ups, and the same figures counted straight from the tables. */
	Map<String, Long> placesRolledUp() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select region_code, category, people from beneficiaries.place_count where people <> 0")
			.query(rs -> { counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)); });
		jdbc.sql("select region_code, people, households from beneficiaries.place_total where people <> 0 or households <> 0")
			.query(rs -> {
				counts.put(rs.getString(1) + "/people", rs.getLong(2));
				counts.put(rs.getString(1) + "/households", rs.getLong(3));
			});
		return counts;
	}

	Map<String, Long> placesAggregated() {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select region_code, c, count(*) from beneficiaries.person, unnest(categories) c group by 1, 2")
			.query(rs -> { counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)); });
		jdbc.sql("""
				select coalesce(p.region, h.region), coalesce(p.n, 0), coalesce(h.n, 0)
				from (select region_code region, count(*) n from beneficiaries.person group by 1) p
				full join (select region_code region, count(*) n from beneficiaries.household group by 1) h
				  on h.region = p.region""")
			.query(rs -> {
				counts.put(rs.getString(1) + "/people", rs.getLong(2));
				counts.put(rs.getString(1) + "/households", rs.getLong(3));
			});
		return counts;
	}

	void exact() {
		assertThat(rolledUp()).isEqualTo(aggregated());
		assertThat(placesRolledUp()).isEqualTo(placesAggregated());
	}

	long veterans(String region, CurrentUser user) {
		return stats.of(region, user).byCategory().stream().filter(c -> c.code().equals("DISCHARGED_SOLDIER_2019"))
			.findFirst().orElseThrow().people();
	}

	@Test
	void rollupsExactAfterMoveAndRemove() {
		CurrentUser chuxiong = demo.signedIn("chuxiong");
		BeneficiaryStats lufengBefore = stats.of("532302", chuxiong);
		BeneficiaryStats cityBefore = stats.of("532301", chuxiong);
		BeneficiaryStats prefectureBefore = stats.of("5323", chuxiong);
		PersonRecord person = registry.register(People.veteran("吴八", People.LUFENG_VILLAGE), null, chuxiong).person();
		assertThat(stats.of("532302", chuxiong).people()).isEqualTo(lufengBefore.people() + 1);
		assertThat(stats.of("532302", chuxiong).households()).isEqualTo(lufengBefore.households() + 1);
		assertThat(veterans("532302", chuxiong)).isEqualTo(veterans(null, chuxiong) - veterans("532301", chuxiong)
				- otherCounties(chuxiong));

		exact();
		PersonRecord moved = registry.move(person.id(), person.version(), People.CHUXIONG_CITY_TOWNSHIP, chuxiong);
		assertThat(stats.of("532302", chuxiong).people()).isEqualTo(lufengBefore.people());
		assertThat(stats.of("532301", chuxiong).people()).isEqualTo(cityBefore.people() + 1);
		assertThat(stats.of("532301", chuxiong).households()).as("the household moves with its head")
			.isEqualTo(cityBefore.households() + 1);

		exact();
		PersonDraft disabled = new PersonDraft("吴八", registryId(moved), null, null, null, "退伍军人、残疾军人", "6级",
				People.CHUXIONG_CITY_TOWNSHIP);
		PersonRecord changed = registry.edit(moved.id(), moved.version(), disabled, chuxiong).person();
		assertThat(stats.of("5323", chuxiong).byCategory()).filteredOn(c -> c.code().equals("DISABLED_SOLDIER_2019"))
			.singleElement().satisfies(c -> assertThat(c.people()).isEqualTo(count(prefectureBefore, "DISABLED_SOLDIER_2019") + 1));

		registry.remove(changed.id(), changed.version(), "资格取消", chuxiong);
		assertThat(stats.of("5323", chuxiong)).usingRecursiveComparison().ignoringFields("regions")
			.isEqualTo(prefectureBefore);
		assertThat(stats.of("532301", chuxiong).people()).isEqualTo(cityBefore.people());
		exact();
	}

	/** A township's own figures, and its line in its county's breakdown, after moves between townships and heads. */
	@Test
	void townshipsAndVillagesAreReadFromExactPlaceRollups() {
		CurrentUser lufeng = demo.signedIn("lufeng");
		String other = stats.of("532302", lufeng).regions().stream().map(BeneficiaryStats.RegionCount::code)
			.filter(c -> !c.equals(People.LUFENG_TOWNSHIP)).findFirst().orElseThrow();
		long[] township = figures(People.LUFENG_TOWNSHIP, lufeng);
		long[] village = figures(People.LUFENG_VILLAGE, lufeng);
		long[] elsewhere = figures(other, lufeng);

		PersonRecord a = registry.register(People.veteran("周一", People.LUFENG_VILLAGE), null, lufeng).person();
		assertThat(figures(People.LUFENG_TOWNSHIP, lufeng)).containsExactly(township[0] + 1, township[1] + 1);
		assertThat(figures(People.LUFENG_VILLAGE, lufeng)).containsExactly(village[0] + 1, village[1] + 1);
		exact();

		PersonRecord b = registry.register(People.veteran("周二", People.LUFENG_VILLAGE), null, lufeng).person();
		a = registry.move(a.id(), a.version(), other, lufeng);
		assertThat(figures(People.LUFENG_TOWNSHIP, lufeng)).containsExactly(township[0] + 1, township[1] + 1);
		assertThat(figures(other, lufeng)).as("the household moves with its head")
			.containsExactly(elsewhere[0] + 1, elsewhere[1] + 1);
		exact();

		b = registry.joinHousehold(b.id(), b.version(), a.householdId(), lufeng);
		assertThat(figures(People.LUFENG_TOWNSHIP, lufeng)).as("b's own household is gone; b still lives here")
			.containsExactly(township[0] + 1, township[1]);
		registry.makeHead(b.id(), registry.household(a.householdId(), lufeng).head().id(), lufeng);
		assertThat(figures(other, lufeng)).containsExactly(elsewhere[0] + 1, elsewhere[1]);
		assertThat(figures(People.LUFENG_TOWNSHIP, lufeng)).containsExactly(township[0] + 1, township[1] + 1);
		exact();

		registry.remove(a.id(), registry.person(a.id(), lufeng).version(), "资格取消", lufeng);
		b = registry.person(b.id(), lufeng);
		registry.remove(b.id(), b.version(), "资格取消", lufeng);
		assertThat(figures(People.LUFENG_TOWNSHIP, lufeng)).containsExactly(township);
		assertThat(figures(other, lufeng)).containsExactly(elsewhere);
		exact();
	}

	/** People and households of a place, checked against its line in the parent's breakdown. */
	private long[] figures(String code, CurrentUser user) {
		BeneficiaryStats own = stats.of(code, user);
		BeneficiaryStats.RegionCount line = stats.of(code.substring(0, code.length() == 12 ? 9 : 6), user).regions()
			.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
		assertThat(new long[] { line.people(), line.households() }).as("%s in its parent's breakdown", code)
			.containsExactly(own.people(), own.households());
		assertThat(own.byCategory().stream().mapToLong(BeneficiaryStats.CategoryCount::people).sum())
			.isEqualTo(jdbc.sql("select count(*) from beneficiaries.person, unnest(categories) where region_code like :c")
				.param("c", code + "%").query(Long.class).single());
		return new long[] { own.people(), own.households() };
	}

	@Test
	void provinceCountsUnderTheSetInForceFoldOlderCategoriesIntoTheirSuccessors() {
		CurrentUser yunnan = demo.signedIn("yunnan");
		BeneficiaryStats province = stats.of(null, yunnan);
		long raw2019Veterans = jdbc.sql("""
				select count(*) from beneficiaries.person, unnest(categories) c
				where c in ('DEMOBILISED_SOLDIER_2019', 'DISCHARGED_SOLDIER_2019')""").query(Long.class).single();
		assertThat(province.byCategory()).extracting(BeneficiaryStats.CategoryCount::code)
			.as("2020: the 2019 set of eight").hasSize(8);
		assertThat(count(province, "DISCHARGED_SOLDIER_2019") + count(province, "DEMOBILISED_SOLDIER_2019"))
			.isEqualTo(raw2019Veterans);
		assertThat(province.people()).isEqualTo(jdbc.sql("select count(*) from beneficiaries.person").query(Long.class).single());
		assertThat(province.regions()).hasSize(16);
	}

	@Test
	void rollupsMatchAPlainAggregateAfterRandomBulkChangesAndCopy() throws Exception {
		Random random = new Random(11);
		String[] counties = { "532301", "532302", "532322", "530102", "533103" };
		String[] codes = { "DISCHARGED_SOLDIER_2019", "DEMOBILISED_SOLDIER_2019", "MARTYR_FAMILY_2019", "SERVICE_MEMBER_FAMILY_2019" };
		for (int round = 0; round < 20; round++) {
			String county = counties[random.nextInt(counties.length)];
			int rows = 1 + random.nextInt(200);
			jdbc.sql("""
					insert into beneficiaries.person (name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked,
					  categories, region_code, county_code, prefecture_code)
					select 'bulk', 'bulk', 'M', date '1960-01-01', md5(random()::text || g), 'v1:x:y', '53**', 
					  case when g % 3 = 0 then array[:a, :b] else array[:a] end, :county || '001', :county, left(:county, 4)
					from generate_series(1, :rows) g""")
				.param("a", codes[random.nextInt(codes.length)]).param("b", codes[random.nextInt(codes.length)])
				.param("county", county).param("rows", rows).update();
			switch (random.nextInt(4)) {
				case 0 -> jdbc.sql("""
						update beneficiaries.person set county_code = :to, prefecture_code = left(:to, 4), region_code = :to || '001'
						where name = 'bulk' and id % 4 = :k""")
					.param("to", counties[random.nextInt(counties.length)]).param("k", random.nextInt(4)).update();
				case 3 -> jdbc.sql("""
						update beneficiaries.person set region_code = county_code || :township
						where name = 'bulk' and id % 3 = :k""")
					.param("township", random.nextBoolean() ? "002" : "001001").param("k", random.nextInt(3)).update();
				case 1 -> jdbc.sql("update beneficiaries.person set categories = array[:c] where name = 'bulk' and id % 5 = :k")
					.param("c", codes[random.nextInt(codes.length)]).param("k", random.nextInt(5)).update();
				default -> jdbc.sql("delete from beneficiaries.person where name = 'bulk' and id % 7 = :k")
					.param("k", random.nextInt(7)).update();
			}
		}
		try (Connection connection = dataSource.getConnection()) {
			StringBuilder rows = new StringBuilder();
			for (int i = 0; i < 300; i++) {
				String county = counties[random.nextInt(counties.length)];
				rows.append("copy\tcopy\tF\t1970-05-05\tcopy-").append(i).append("\tv1:x:y\t53**\t{")
					.append(codes[random.nextInt(codes.length)]).append("}\t").append(county).append("001\t")
					.append(county).append('\t').append(county, 0, 4).append('\n');
			}
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
					copy beneficiaries.person (name, name_key, sex, birth_date, id_lookup, id_cipher, id_masked, categories,
					  region_code, county_code, prefecture_code) from stdin""", new StringReader(rows.toString()));
		}
		jdbc.sql("insert into beneficiaries.household (head_lookup, region_code) select 'h' || g, '532302101' from generate_series(1, 37) g").update();
		jdbc.sql("update beneficiaries.household set region_code = '532301001' where head_lookup in ('h1', 'h2', 'h3')").update();
		jdbc.sql("update beneficiaries.household set region_code = '532302102001' where head_lookup in ('h6', 'h7')").update();
		jdbc.sql("delete from beneficiaries.household where head_lookup in ('h4', 'h5')").update();
		exact();
		jdbc.sql("delete from beneficiaries.person where name in ('bulk', 'copy')").update();
		jdbc.sql("delete from beneficiaries.household where head_lookup ~ '^h[0-9]+$'").update();
		exact();
	}

	private long otherCounties(CurrentUser user) {
		return stats.of("5323", user).regions().stream().filter(r -> !r.code().equals("532301") && !r.code().equals("532302"))
			.mapToLong(r -> veterans(r.code(), user)).sum();
	}

	private static long count(BeneficiaryStats stats, String code) {
		return stats.byCategory().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().people();
	}

	@Autowired
	cn.shuangyong.privacy.FieldCipher cipher;

	private String registryId(PersonRecord person) {
		return cipher.decrypt(jdbc.sql("select id_cipher from beneficiaries.person where id = :id").param("id", person.id())
			.query(String.class).single(), PersonalField.ID_NUMBER.context(person.id()));
	}
}

package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumbers;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The object mother of the honours tests: households and people written straight into the registry's tables, personal
 * columns encrypted, hashed and masked as the registry keeps them. It stands in for the registry's write path, which
 * is built on another branch; swap its body for that path once merged.
 */
public final class HonoursPeople {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final LookupHash hash;

	public HonoursPeople(JdbcClient jdbc, FieldCipher cipher, LookupHash hash) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.hash = hash;
	}

	public long household(String regionCode, Long stationUnitId) {
		return jdbc.sql("""
				insert into beneficiaries.household (head_lookup, region_code, station_unit_id)
				values (:head, :region, :station) returning id""")
			.param("head", "test-household-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime())
			.param("region", regionCode).param("station", stationUnitId).query(Long.class).single();
	}

	/** A person of the household, living where the household lives, born on that date. */
	public long person(long householdId, String name, LocalDate born, Integer disabilityGrade, String... categories) {
		record Home(String region, Long station) {
		}
		Home home = jdbc.sql("select region_code, station_unit_id from beneficiaries.household where id = :id")
			.param("id", householdId).query((rs, i) -> new Home(rs.getString(1), (Long) rs.getObject(2))).single();
		String id = idNumber(home.region().substring(0, 6), born);
		long personId = jdbc.sql("""
				insert into beneficiaries.person (household_id, name, name_key, sex, birth_date, id_lookup, id_cipher,
				  id_masked, categories, disability_grade, region_code, county_code, prefecture_code, station_unit_id)
				values (:h, :name, :name, 'M', :born, :lookup, 'pending', :masked, :categories, :grade, :region,
				  :county, :prefecture, :station) returning id""")
			.param("h", householdId).param("name", name).param("born", born).param("lookup", hash.of(id))
			.param("masked", Masking.idNumber(id)).param("categories", categories).param("grade", disabilityGrade)
			.param("region", home.region()).param("county", home.region().substring(0, 6))
			.param("prefecture", home.region().substring(0, 4)).param("station", home.station())
			.query(Long.class).single();
		jdbc.sql("update beneficiaries.person set id_cipher = :c where id = :id")
			.param("c", cipher.encrypt(id, "beneficiaries.person:" + personId + ":id_number")).param("id", personId)
			.update();
		return personId;
	}

	public long person(long householdId, String name, String... categories) {
		return person(householdId, name, LocalDate.of(1960, 5, 1), null, categories);
	}

	public void categories(long personId, String... codes) {
		jdbc.sql("update beneficiaries.person set categories = :c where id = :id").param("c", codes).param("id", personId)
			.update();
	}

	public void moveHousehold(long householdId, String regionCode) {
		jdbc.sql("update beneficiaries.household set region_code = :r where id = :id").param("r", regionCode)
			.param("id", householdId).update();
		jdbc.sql("""
				update beneficiaries.person set region_code = :r, county_code = left(:r, 6), prefecture_code = left(:r, 4)
				where household_id = :id""").param("r", regionCode).param("id", householdId).update();
	}

	public void remove(long personId) {
		jdbc.sql("delete from beneficiaries.person where id = :id").param("id", personId).update();
	}

	/** The full ID number kept for a person, as the registry would decrypt it. */
	public String idNumberOf(long personId) {
		String stored = jdbc.sql("select id_cipher from beneficiaries.person where id = :id").param("id", personId)
			.query(String.class).single();
		return cipher.decrypt(stored, "beneficiaries.person:" + personId + ":id_number");
	}

	private static String idNumber(String county, LocalDate born) {
		int n = SEQUENCE.incrementAndGet();
		String body = county + born.plusDays(n / 1000).format(DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", n % 1000);
		return IdNumbers.withCheck(body);
	}
}

package cn.shuangyong.beneficiaries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import cn.shuangyong.privacy.Sex;
import cn.shuangyong.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person table. Personal data goes in only encrypted under its own context, with a masked copy beside it, and the
 * ID number's lookup hash; changes name the version they were made against (optimistic locking).
 */
@Repository
class PersonStore {

	static final String COLUMNS = """
			p.id, coalesce(p.household_id, 0) as household_id, coalesce(h.head_lookup = p.id_lookup, false) as head, p.name, p.sex, p.birth_date, p.id_masked,
			p.phone_masked, p.address_masked, p.bank_masked, p.categories, p.disability_grade, p.region_code,
			p.county_code, p.station_unit_id, p.version""";

	/** A left join: a row the bulk import wrote without a household is still a person (household 0). */
	static final String FROM = " from beneficiaries.person p left join beneficiaries.household h on h.id = p.household_id ";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final LookupHash lookup;

	PersonStore(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.lookup = lookup;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('beneficiaries.person', 'id'))").query(Long.class).single();
	}

	String lookupOf(IdNumber id) {
		return lookup.of(id.value());
	}

	Optional<Long> idOf(IdNumber id) {
		return jdbc.sql("select id from beneficiaries.person where id_lookup = :l").param("l", lookupOf(id))
			.query(Long.class).optional();
	}

	void insert(long id, long householdId, CheckedPerson person) {
		try {
			jdbc.sql("""
					insert into beneficiaries.person (id, household_id, name, name_key, sex, birth_date, id_lookup,
					  id_cipher, id_masked, phone_cipher, phone_masked, address_cipher, address_masked, bank_cipher,
					  bank_masked, categories, disability_grade, region_code, county_code, prefecture_code, station_unit_id)
					values (:id, :household, :name, :nameKey, :sex, :birth, :lookup, :idCipher, :idMasked, :phoneCipher,
					  :phoneMasked, :addressCipher, :addressMasked, :bankCipher, :bankMasked, :categories, :grade, :region,
					  :county, :prefecture, :station)""")
				.param("id", id).param("household", householdId).params(values(id, person)).update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("公民身份号码 " + person.idNumber() + " 已登记，不能重复登记");
		}
	}

	void update(long id, int version, CheckedPerson person) {
		try {
			int changed = jdbc.sql("""
					update beneficiaries.person set name = :name, name_key = :nameKey, sex = :sex, birth_date = :birth,
					  id_lookup = :lookup, id_cipher = :idCipher, id_masked = :idMasked, phone_cipher = :phoneCipher,
					  phone_masked = :phoneMasked, address_cipher = :addressCipher, address_masked = :addressMasked,
					  bank_cipher = :bankCipher, bank_masked = :bankMasked, categories = :categories,
					  disability_grade = :grade, region_code = :region, county_code = :county,
					  prefecture_code = :prefecture, station_unit_id = :station, updated_at = now(), version = version + 1
					where id = :id and version = :version""")
				.param("id", id).param("version", version).params(values(id, person)).update();
			requireChanged(changed);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("公民身份号码 " + person.idNumber() + " 已登记在另一人名下");
		}
	}

	void move(long id, int version, Residence residence) {
		requireChanged(jdbc.sql("""
				update beneficiaries.person set region_code = :region, county_code = :county, prefecture_code = :prefecture,
				  station_unit_id = :station, updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("id", id).param("version", version).param("region", residence.regionCode())
			.param("county", residence.countyCode()).param("prefecture", residence.prefectureCode())
			.param("station", residence.stationUnitId()).update());
	}

	/** The grade an approved rating gave ({@link GradesFromRatings}). */
	void setGrade(long id, int version, int grade) {
		requireChanged(jdbc.sql("""
				update beneficiaries.person set disability_grade = :grade, updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("id", id).param("version", version).param("grade", grade).update());
	}

	void setHousehold(long id, int version, long householdId) {
		requireChanged(jdbc.sql("""
				update beneficiaries.person set household_id = :household, updated_at = now(), version = version + 1
				where id = :id and version = :version""")
			.param("id", id).param("version", version).param("household", householdId).update());
	}

	void delete(long id, int version) {
		requireChanged(jdbc.sql("delete from beneficiaries.person where id = :id and version = :version")
			.param("id", id).param("version", version).update());
	}

	Optional<PersonRecord> find(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + "where p.id = :id").param("id", id).query(PersonStore::record)
			.optional();
	}

	List<PersonRecord> ofHousehold(long householdId) {
		return jdbc.sql("select " + COLUMNS + FROM + "where p.household_id = :h order by head desc, p.id")
			.param("h", householdId).query(PersonStore::record).list();
	}

	String idLookup(long id) {
		return jdbc.sql("select id_lookup from beneficiaries.person where id = :id").param("id", id).query(String.class)
			.single();
	}

	/** The stored ciphertext of one field, decrypted. */
	String plaintext(long id, PersonalField field) {
		String stored = jdbc.sql("select " + field.cipherColumn() + " from beneficiaries.person where id = :id")
			.param("id", id).query(String.class).optional().orElse(null);
		return cipher.decrypt(stored, field.context(id));
	}

	private Map<String, Object> values(long id, CheckedPerson p) {
		String phone = p.phone() == null ? null : p.phone().value();
		String bank = p.bank() == null ? null : p.bank().value();
		Map<String, Object> values = new HashMap<>();
		values.put("name", p.name());
		values.put("nameKey", p.nameKey());
		values.put("sex", p.idNumber().sex() == Sex.MALE ? "M" : "F");
		values.put("birth", p.idNumber().birthDate());
		values.put("lookup", lookupOf(p.idNumber()));
		values.put("idCipher", cipher.encrypt(p.idNumber().value(), PersonalField.ID_NUMBER.context(id)));
		values.put("idMasked", Masking.idNumber(p.idNumber().value()));
		values.put("phoneCipher", cipher.encrypt(phone, PersonalField.PHONE.context(id)));
		values.put("phoneMasked", phone == null ? null : Masking.phone(phone));
		values.put("addressCipher", cipher.encrypt(p.address(), PersonalField.ADDRESS.context(id)));
		values.put("addressMasked", p.address() == null ? null : Masking.address(p.address()));
		values.put("bankCipher", cipher.encrypt(bank, PersonalField.BANK_ACCOUNT.context(id)));
		values.put("bankMasked", bank == null ? null : Masking.bankAccount(bank));
		values.put("categories", p.categories().toArray(String[]::new));
		values.put("grade", p.disabilityGrade());
		values.put("region", p.residence().regionCode());
		values.put("county", p.residence().countyCode());
		values.put("prefecture", p.residence().prefectureCode());
		values.put("station", p.residence().stationUnitId());
		return values;
	}

	private static void requireChanged(int rows) {
		if (rows == 0) {
			throw new ConflictException("此人员信息已被他人修改或删除，请刷新后重试");
		}
	}

	static PersonRecord record(ResultSet rs, int row) throws SQLException {
		Array categories = rs.getArray("categories");
		return new PersonRecord(rs.getLong("id"), rs.getLong("household_id"), rs.getBoolean("head"),
				rs.getString("name"), "M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE,
				rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("id_masked"),
				rs.getString("phone_masked"), rs.getString("address_masked"), rs.getString("bank_masked"),
				Arrays.asList((String[]) categories.getArray()), (Integer) rs.getObject("disability_grade"),
				rs.getString("region_code"), rs.getString("county_code"), (Long) rs.getObject("station_unit_id"),
				rs.getInt("version"));
	}
}

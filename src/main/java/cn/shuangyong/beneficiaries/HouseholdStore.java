package cn.shuangyong.beneficiaries;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The household table. A household is known by its head's ID lookup hash (the import groups rows by the
 * 户主公民身份号码 column the same way); its region and station are the head's.
 */
@Repository
class HouseholdStore {

	private final JdbcClient jdbc;

	HouseholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String headLookup, Residence residence) {
		return jdbc.sql("""
				insert into beneficiaries.household (head_lookup, region_code, station_unit_id)
				values (:head, :region, :station) returning id""")
			.param("head", headLookup).param("region", residence.regionCode())
			.param("station", residence.stationUnitId()).query(Long.class).single();
	}

	/** The household and its region, locked until the transaction ends so members change one at a time. */
	Optional<String> lockRegion(long id) {
		return jdbc.sql("select region_code from beneficiaries.household where id = :id for update").param("id", id)
			.query(String.class).optional();
	}

	/**
	 * Makes a member head, the household taking their region and station, if it is still headed by {@code wasHead}
	 * (the ID lookup hash of the head the caller saw; null when it saw no member as head). The comparison is in the
	 * statement, so a head someone else set meanwhile is never overwritten. Returns whether it changed.
	 */
	boolean setHead(long id, String wasHead, String headLookup, String regionCode, Long stationUnitId) {
		return jdbc.sql("""
				update beneficiaries.household set head_lookup = :head, region_code = :region, station_unit_id = :station,
				  version = version + 1
				where id = :id and (head_lookup = :was or cast(:was as varchar) is null)""")
			.param("id", id).param("was", wasHead).param("head", headLookup).param("region", regionCode)
			.param("station", stationUnitId).update() == 1;
	}

	int members(long id) {
		return jdbc.sql("select count(*) from beneficiaries.person where household_id = :id").param("id", id)
			.query(Integer.class).single();
	}

	/** Whether the household has an honour record (a plaque, an application for one, a merit notice) to keep. */
	boolean hasHonours(long id) {
		return jdbc.sql("""
				select exists (select 1 from beneficiaries.plaque where household_id = :id)
				  or exists (select 1 from beneficiaries.plaque_application where household_id = :id)
				  or exists (select 1 from beneficiaries.merit_notice where household_id = :id)""")
			.param("id", id).query(Boolean.class).single();
	}

	void delete(long id) {
		jdbc.sql("delete from beneficiaries.household where id = :id").param("id", id).update();
	}
}

package cn.shuangyong.modelcity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the campaign aggregate; a save on a stale version is refused rather than overwriting. */
@Repository
class CampaignStore {

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Campaign> find(long id) {
		return jdbc.sql("""
				select id, cycle_year, region_code, region_name, candidate_unit_id, reviewer_unit_id, standard_id, version,
				  stage, notice_start, notice_end, closing_note, naming_doc_no, named_on, withdrawn_on, withdrawal_grounds,
				  withdrawal_doc_no
				from modelcity.campaign where id = :id""").param("id", id)
			.query((rs, i) -> new Campaign(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getInt(8), CampaignStage.valueOf(rs.getString(9)))
				.restore(rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getString(12),
						rs.getString(13), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
						rs.getString(16), rs.getString(17)))
			.optional();
	}

	long insert(int year, String regionCode, String regionName, long candidateUnitId, long reviewerUnitId,
			long standardId, Instant at) {
		return jdbc.sql("""
				insert into modelcity.campaign (cycle_year, region_code, region_name, candidate_unit_id, reviewer_unit_id,
				  standard_id, stage, created_at)
				values (:y, :r, :n, :c, :rv, :s, 'SELF_ASSESSMENT', :at) returning id""")
			.param("y", year).param("r", regionCode).param("n", regionName).param("c", candidateUnitId)
			.param("rv", reviewerUnitId).param("s", standardId).param("at", Timestamp.from(at)).query(Long.class).single();
	}

	/**
	 * Moves the campaign's version for a change kept outside its row (the scores), if it still stands at the version
	 * the change was made on; returns the new version.
	 */
	int claim(Campaign c) {
		int updated = jdbc.sql("update modelcity.campaign set version = version + 1 where id = :id and version = :v")
			.param("id", c.id()).param("v", c.version()).update();
		if (updated == 0) {
			throw new ConflictException("该考评已被他人修改，请刷新后再操作");
		}
		return c.version() + 1;
	}

	void save(Campaign c) {
		int updated = jdbc.sql("""
				update modelcity.campaign set stage = :stage, notice_start = :ns, notice_end = :ne, closing_note = :cn,
				  naming_doc_no = :doc, named_on = :named, withdrawn_on = :wo, withdrawal_grounds = :wg,
				  withdrawal_doc_no = :wd, version = version + 1
				where id = :id and version = :v""")
			.param("stage", c.stage().name()).param("ns", c.noticeStart()).param("ne", c.noticeEnd())
			.param("cn", c.closingNote()).param("doc", c.namingDocNo()).param("named", c.namedOn())
			.param("wo", c.withdrawnOn()).param("wg", c.withdrawalGrounds()).param("wd", c.withdrawalDocNo())
			.param("id", c.id()).param("v", c.version()).update();
		if (updated == 0) {
			throw new ConflictException("该考评已被他人修改，请刷新后再操作");
		}
	}
}

package cn.shuangyong.employment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Spouses' needs in the database. The ID number and phone are written the registry's way: encrypted under the
 * context {@code employment.need:<id>:<column>}, with a masked copy for lists and a lookup hash of the ID number
 * that keeps one open need per person.
 */
@Repository
class NeedStore {

	static final String TABLE = "employment.need";

	private static final String COLUMNS = """
			n.id, n.spouse_name, n.id_masked, n.phone_masked, n.soldier_unit_id, n.filed_by_unit_id, n.assigned_unit_id,
			n.education, n.skills, n.work_kind, n.region_code, n.arrived_on, n.registered_on, n.deadline, n.outcome,
			n.outcome_on, n.outcome_note, n.placed_post_id, n.task_id, n.version""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final LookupHash lookup;

	NeedStore(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.lookup = lookup;
	}

	long insert(NewNeed need, long filedBy, long assigned, LocalDate registeredOn, LocalDate deadline, String by) {
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('employment.need', 'id'))").query(Long.class).single();
		String phone = need.phone() == null ? null : need.phone().value();
		try {
			jdbc.sql("""
					insert into employment.need (id, spouse_name, id_cipher, id_masked, id_lookup, phone_cipher, phone_masked,
					  soldier_unit_id, filed_by_unit_id, assigned_unit_id, education, skills, work_kind, region_code,
					  arrived_on, registered_on, deadline, created_by)
					values (:id, :name, :idCipher, :idMasked, :lookup, :phoneCipher, :phoneMasked, :soldier, :filed, :assigned,
					  :education, :skills, :work, :region, :arrived, :registered, :deadline, :by)""")
				.params(Map.ofEntries(Map.entry("id", id), Map.entry("name", need.spouseName()),
						Map.entry("idCipher", cipher.encrypt(need.idNumber().value(), context(id, "id_number"))),
						Map.entry("idMasked", Masking.idNumber(need.idNumber().value())),
						Map.entry("lookup", lookup.of(need.idNumber().value())),
						Map.entry("soldier", need.soldierUnitId()), Map.entry("filed", filedBy),
						Map.entry("assigned", assigned), Map.entry("education", need.education().name()),
						Map.entry("work", need.workKind().name()), Map.entry("region", need.regionCode()),
						Map.entry("arrived", need.arrivedOn()), Map.entry("registered", registeredOn),
						Map.entry("deadline", deadline), Map.entry("by", by)))
				.param("phoneCipher", phone == null ? null : cipher.encrypt(phone, context(id, "phone")), java.sql.Types.VARCHAR)
				.param("phoneMasked", phone == null ? null : Masking.phone(phone), java.sql.Types.VARCHAR)
				.param("skills", need.skills(), java.sql.Types.VARCHAR)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("此身份证号已有未办结的随军家属就业需求，请勿重复登记");
		}
		return id;
	}

	static String context(long id, String column) {
		return TABLE + ":" + id + ":" + column;
	}

	Optional<NeedRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from employment.need n where n.id = :id").param("id", id)
			.query(NeedStore::row).optional();
	}

	/** The cases a user sees, filtered by region and status, the nearest deadline first. */
	ListPage<NeedRow> page(CaseReader.Sight sight, CaseFilter filter, LocalDate today, Paging paging) {
		String where = " from employment.need n where " + sight.condition() + filter.condition();
		Map<String, Object> values = filter.bind(sight.parameters(), today);
		long total = jdbc.sql("select count(*)" + where).params(values).query(Long.class).single();
		List<NeedRow> rows = paging.bind(jdbc.sql("select " + COLUMNS + where
				+ " order by (n.outcome is not null), n.deadline, n.id" + Paging.SQL).params(values))
			.query(NeedStore::row).list();
		return paging.of(rows, total);
	}

	void close(long id, int version, Outcome outcome, LocalDate on, String note, Long postId) {
		if (jdbc.sql("""
				update employment.need set outcome = :outcome, outcome_on = :on, outcome_note = :note, placed_post_id = :post,
				  version = version + 1
				where id = :id and version = :version and outcome is null""")
			.param("outcome", outcome.name()).param("on", on).param("note", note, java.sql.Types.VARCHAR)
			.param("post", postId, java.sql.Types.BIGINT).param("id", id).param("version", version).update() == 0) {
			throw new ConflictException("此案件已被他人修改或已办结，请刷新后重试");
		}
	}

	List<Long> openWithoutTask() {
		return jdbc.sql("select id from employment.need where outcome is null and task_id is null order by id")
			.query(Long.class).list();
	}

	void linkTask(long id, long taskId) {
		jdbc.sql("update employment.need set task_id = :task where id = :id").param("task", taskId).param("id", id).update();
	}

	/** The encrypted value of {@code column} (id_number or phone), null when none was given. */
	Optional<String> stored(long id, String column) {
		String cipherColumn = switch (column) {
			case "id_number" -> "id_cipher";
			case "phone" -> "phone_cipher";
			default -> throw new IllegalArgumentException(column);
		};
		return jdbc.sql("select " + cipherColumn + " from employment.need where id = :id").param("id", id)
			.query(String.class).optional();
	}

	/** A correction of an open case; a null ID number or phone keeps the stored one. */
	void correct(long id, int version, String name, cn.shuangyong.privacy.IdNumber idNumber,
			cn.shuangyong.privacy.PhoneNumber phone, String skills) {
		String idValue = idNumber == null ? null : idNumber.value();
		String phoneValue = phone == null ? null : phone.value();
		try {
			if (jdbc.sql("""
					update employment.need set spouse_name = :name, skills = :skills,
					  id_cipher = coalesce(:idCipher, id_cipher), id_masked = coalesce(:idMasked, id_masked),
					  id_lookup = coalesce(:lookup, id_lookup), phone_cipher = coalesce(:phoneCipher, phone_cipher),
					  phone_masked = coalesce(:phoneMasked, phone_masked), version = version + 1
					where id = :id and version = :version and outcome is null""")
				.param("name", name).param("skills", skills, java.sql.Types.VARCHAR)
				.param("idCipher", idValue == null ? null : cipher.encrypt(idValue, context(id, "id_number")), java.sql.Types.VARCHAR)
				.param("idMasked", idValue == null ? null : Masking.idNumber(idValue), java.sql.Types.VARCHAR)
				.param("lookup", idValue == null ? null : lookup.of(idValue), java.sql.Types.VARCHAR)
				.param("phoneCipher", phoneValue == null ? null : cipher.encrypt(phoneValue, context(id, "phone")), java.sql.Types.VARCHAR)
				.param("phoneMasked", phoneValue == null ? null : Masking.phone(phoneValue), java.sql.Types.VARCHAR)
				.param("id", id).param("version", version).update() == 0) {
				throw new ConflictException("此案件已被他人修改或已办结，请刷新后重试");
			}
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("此身份证号已有未办结的随军家属就业需求");
		}
	}

	void touch(long id, int version) {
		if (jdbc.sql("update employment.need set version = version + 1 where id = :id and version = :version")
			.param("id", id).param("version", version).update() == 0) {
			throw new ConflictException("此案件已被他人修改，请刷新后重试");
		}
	}

	private static NeedRow row(ResultSet rs, int n) throws SQLException {
		String outcome = rs.getString("outcome");
		return new NeedRow(rs.getLong("id"), rs.getString("spouse_name"), rs.getString("id_masked"),
				rs.getString("phone_masked"), rs.getLong("soldier_unit_id"), rs.getLong("filed_by_unit_id"),
				rs.getLong("assigned_unit_id"), Education.valueOf(rs.getString("education")), rs.getString("skills"),
				WorkKind.valueOf(rs.getString("work_kind")), rs.getString("region_code"),
				rs.getObject("arrived_on", LocalDate.class), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), outcome == null ? null : Outcome.valueOf(outcome),
				rs.getObject("outcome_on", LocalDate.class), rs.getString("outcome_note"),
				rs.getObject("placed_post_id", Long.class), rs.getObject("task_id", Long.class), rs.getInt("version"));
	}

	record NeedRow(long id, String spouseName, String idMasked, String phoneMasked, long soldierUnitId,
			long filedByUnitId, long assignedUnitId, Education education, String skills, WorkKind workKind,
			String regionCode, LocalDate arrivedOn, LocalDate registeredOn, LocalDate deadline, Outcome outcome,
			LocalDate outcomeOn, String outcomeNote, Long placedPostId, Long taskId, int version) {

		boolean closed() {
			return outcome != null;
		}
	}
}

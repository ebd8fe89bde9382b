package cn.shuangyong.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Selections, their places per region and their nominees; every move checks the version it was read at. */
@Repository
class SelectionStore {

	private static final String SELECTION = """
			select id, honour, year, region_code, office_unit_id, rules, stage, naming_doc, named_on, version
			from publicity.selection""";

	private static final String NOMINEE = """
			select id, selection_id, name, region_code, quota_region, nominating_unit_id, person_id, story, honours,
			  state, review_note, version from publicity.nominee""";

	private final JdbcClient jdbc;

	SelectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String honour, int year, String regionCode, long officeUnitId, String rules, Map<String, Integer> quotas,
			String by, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into publicity.selection (honour, year, region_code, office_unit_id, rules, created_by, created_at)
				values (:honour, :year, :region, :office, :rules, :by, :at) returning id""")
			.param("honour", honour).param("year", year).param("region", regionCode).param("office", officeUnitId)
			.param("rules", rules).param("by", by).param("at", at).query(Long.class).single();
		quotas.forEach((region, quota) -> jdbc
			.sql("insert into publicity.selection_quota (selection_id, region_code, quota) values (:s, :r, :q)")
			.param("s", id).param("r", region).param("q", quota).update());
		return id;
	}

	Optional<Selection> find(long id) {
		return jdbc.sql(SELECTION + " where id = :id").param("id", id).query(SelectionStore::selection).optional();
	}

	/** The selection, locked for a move that counts its nominees. */
	Optional<Selection> lock(long id) {
		return jdbc.sql(SELECTION + " where id = :id for update").param("id", id).query(SelectionStore::selection)
			.optional();
	}

	/** Selections of the regions given (the user's own and those above it) and of every region below the prefix. */
	List<Selection> visible(List<String> above, String below) {
		return jdbc.sql(SELECTION + " where region_code in (:above) or region_code like :below || '%'"
				+ " order by year desc, id desc")
			.param("above", above).param("below", below).query(SelectionStore::selection).list();
	}

	Map<String, Integer> quotas(long selectionId) {
		Map<String, Integer> quotas = new LinkedHashMap<>();
		jdbc.sql("select region_code, quota from publicity.selection_quota where selection_id = :s order by region_code")
			.param("s", selectionId).query(rs -> {
				quotas.put(rs.getString(1), rs.getInt(2));
			});
		return quotas;
	}

	List<Nominee> nominees(long selectionId) {
		return jdbc.sql(NOMINEE + " where selection_id = :s order by quota_region, id").param("s", selectionId)
			.query(SelectionStore::nominee).list();
	}

	long nominate(long selectionId, String name, String region, String quotaRegion, long unitId, Long personId,
			String story, String honours, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into publicity.nominee (selection_id, name, region_code, quota_region, nominating_unit_id,
				  person_id, story, honours, nominated_by, nominated_at)
				values (:s, :name, :region, :quota, :unit, :person, :story, :honours, :by, :at) returning id""")
			.param("s", selectionId).param("name", name).param("region", region).param("quota", quotaRegion)
			.param("unit", unitId).param("person", personId).param("story", story).param("honours", honours)
			.param("by", by).param("at", at).query(Long.class).single();
	}

	void review(long nomineeId, long selectionId, int version, NomineeState state, String note) {
		int changed = jdbc.sql("""
				update publicity.nominee set state = :state, review_note = :note, version = version + 1
				where id = :id and selection_id = :s and version = :version""")
			.param("state", state.name()).param("note", note).param("id", nomineeId).param("s", selectionId)
			.param("version", version).update();
		if (changed == 0) {
			throw new ConflictException("候选人已被他人审核或修改，请刷新后重试");
		}
	}

	/** Moves the selection to the next stage, only from the stage and version read. */
	void advance(Selection selection, int version, SelectionStage next, String namingDoc, LocalDate namedOn) {
		int changed = jdbc.sql("""
				update publicity.selection set stage = :next, naming_doc = :doc, named_on = :on, version = version + 1
				where id = :id and version = :version and stage = :stage""")
			.param("next", next.name()).param("doc", namingDoc).param("on", namedOn).param("id", selection.id())
			.param("version", version).param("stage", selection.stage().name()).update();
		if (changed == 0) {
			throw new ConflictException("评选已被他人修改，请刷新后重试");
		}
	}

	/** A named nominee becomes an exemplar, with the naming document as its source. */
	void exemplar(Selection selection, Nominee nominee, String by, OffsetDateTime at) {
		jdbc.sql("""
				insert into publicity.exemplar (title, name, region_code, year, source, story, honours, selection_id,
				  person_id, recorded_by, recorded_at)
				values (:title, :name, :region, :year, :source, :story, :honours, :selection, :person, :by, :at)""")
			.param("title", selection.honour()).param("name", nominee.name()).param("region", nominee.regionCode())
			.param("year", selection.year()).param("source", selection.namingDoc()).param("story", nominee.story())
			.param("honours", nominee.honours()).param("selection", selection.id()).param("person", nominee.personId())
			.param("by", by).param("at", at).update();
	}

	private static Selection selection(ResultSet rs, int n) throws SQLException {
		return new Selection(rs.getLong("id"), rs.getString("honour"), rs.getInt("year"), rs.getString("region_code"),
				rs.getLong("office_unit_id"), rs.getString("rules"), SelectionStage.valueOf(rs.getString("stage")),
				rs.getString("naming_doc"), rs.getObject("named_on", LocalDate.class), rs.getInt("version"));
	}

	private static Nominee nominee(ResultSet rs, int n) throws SQLException {
		return new Nominee(rs.getLong("id"), rs.getLong("selection_id"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("quota_region"), rs.getLong("nominating_unit_id"),
				(Long) rs.getObject("person_id", Long.class), rs.getString("story"), rs.getString("honours"),
				NomineeState.valueOf(rs.getString("state")), rs.getString("review_note"), rs.getInt("version"));
	}
}

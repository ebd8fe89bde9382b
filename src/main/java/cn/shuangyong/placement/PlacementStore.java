package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.placement.rules.Education;
import cn.shuangyong.placement.rules.Requirements;
import cn.shuangyong.placement.rules.Sex;
import cn.shuangyong.placement.scoring.ScoreSheet;
import cn.shuangyong.placement.scoring.ScoredLine;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds, their posts, soldiers and score sheets in the database. */
@Repository
class PlacementStore {

	private static final String ROUND_COLUMNS = """
			id, region_code, year, kind, method_id, office_unit_id, tie_break, stage, called_soldier_id, turn, version""";

	private static final String SOLDIER_COLUMNS = """
			id, round_id, name, birth_date, enlisted_on, discharged_on, ground, statute, article, honour, score, rank,
			call_position, state, post_id, proxy_name, demo, version, education, sex""";

	private static final String POST_COLUMNS = """
			id, round_id, unit_name, unit_kind, title, location, requirements, places_total, places_left, version,
			min_education, max_age, sex, sex_basis""";

	private final JdbcClient jdbc;

	PlacementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertRound(String region, int year, RoundKind kind, Integer methodId, long officeUnitId, String tieBreak,
			String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into placement.round (region_code, year, kind, method_id, office_unit_id, tie_break, created_by,
				  created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (region_code, year, kind) do nothing returning id""")
			.params(region, year, kind.name(), methodId, officeUnitId, tieBreak, by, at).query(Long.class).optional()
			.orElseThrow(() -> new ConflictException(
					"本单位" + year + "年度" + kind.chinese() + "安置批次已经建立，同一年度同一类别只能有一个批次"));
	}

	Optional<Round> round(long id) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from placement.round where id = ?").param(id)
			.query(PlacementStore::round).optional();
	}

	/** The round whose wall's public link carries this key. */
	Optional<Round> roundOfWallKey(java.util.UUID key) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from placement.round where wall_key = ?").param(key)
			.query(PlacementStore::round).optional();
	}

	java.util.UUID wallKey(long roundId) {
		return jdbc.sql("select wall_key from placement.round where id = ?").param(roundId)
			.query(java.util.UUID.class).single();
	}

	/** The round locked for this transaction: every action of the live choice waits here for the one before. */
	Round lockRound(long id) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from placement.round where id = ? for update").param(id)
			.query(PlacementStore::round).single();
	}

	private static final String ROUNDS_WHERE = """
			 from placement.round
			where region_code like :scope and (cast(:region as varchar) is null or region_code = :region)
			  and (cast(:year as int) is null or year = :year)""";

	/** One page of the rounds in a scope, of one office and year where given, the newest year first. */
	ListPage<Round> rounds(DataScope scope, String region, Integer year, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*)" + ROUNDS_WHERE)).param("region", region).param("year", year)
			.query(Long.class).single();
		List<Round> rows = paging.bind(scope.bind(jdbc.sql("select " + ROUND_COLUMNS + ROUNDS_WHERE
				+ " order by year desc, region_code, kind, id" + Paging.SQL)))
			.param("region", region).param("year", year).query(PlacementStore::round).list();
		return paging.of(rows, total);
	}

	long insertPost(long roundId, NewPost post) {
		return jdbc.sql("""
				insert into placement.post (round_id, unit_name, unit_kind, title, location, requirements, places_total,
				  places_left, min_education, max_age, sex, sex_basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(roundId, post.unitName(), post.unitKind().name(), post.title(), post.location(), post.requirements(),
					post.places(), post.places(), name(post.limits().minEducation()), post.limits().maxAge(),
					name(post.limits().sex()), post.limits().sexBasis())
			.query(Long.class).single();
	}

	Optional<Post> post(long id) {
		return jdbc.sql("select " + POST_COLUMNS + " from placement.post where id = ?").param(id)
			.query(PlacementStore::post).optional();
	}

	List<Post> posts(long roundId) {
		return jdbc.sql("select " + POST_COLUMNS + " from placement.post where round_id = ? order by id").param(roundId)
			.query(PlacementStore::post).list();
	}

	long insertSoldier(long roundId, NewSoldier soldier) {
		return jdbc.sql("""
				insert into placement.soldier (round_id, name, birth_date, enlisted_on, discharged_on, ground, statute,
				  article, honour, demo, education, sex) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(roundId, soldier.name().value(), soldier.born(), soldier.enlisted(), soldier.discharged(),
					soldier.eligibility().ground().name(), soldier.eligibility().statute().name(),
					soldier.eligibility().article(), soldier.honour(), soldier.demo(), name(soldier.education()),
					name(soldier.sex()))
			.query(Long.class).single();
	}

	Optional<Soldier> soldier(long id) {
		return jdbc.sql("select " + SOLDIER_COLUMNS + " from placement.soldier where id = ?").param(id)
			.query(PlacementStore::soldier).optional();
	}

	/** The soldiers of a round in rank order, the unranked last. */
	List<Soldier> soldiers(long roundId) {
		return jdbc.sql("select " + SOLDIER_COLUMNS + " from placement.soldier where round_id = ? order by rank nulls last, id")
			.param(roundId).query(PlacementStore::soldier).list();
	}

	/** Replaces the soldier's score sheet and score; the round's ranks no longer hold and are cleared. */
	void replaceSheet(long soldierId, long roundId, ScoreSheet sheet, String by, OffsetDateTime at) {
		jdbc.sql("delete from placement.score_line where soldier_id = ?").param(soldierId).update();
		for (ScoredLine line : sheet.lines()) {
			jdbc.sql("""
					insert into placement.score_line (soldier_id, item_code, quantity, points, evidence_file,
					  evidence_doc_no, checked_by, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(soldierId, line.item().code(), line.quantity(), line.points(), line.evidenceFile(),
						line.evidenceDocNo(), by, at)
				.update();
		}
		jdbc.sql("update placement.soldier set score = ?, version = version + 1 where id = ?")
			.params(sheet.total(), soldierId).update();
		clearRanks(roundId);
	}

	List<SheetLine> sheet(long soldierId) {
		return jdbc.sql("""
				select item_code, quantity, points, evidence_file, evidence_doc_no, checked_by, checked_at
				from placement.score_line where soldier_id = ? order by id""").param(soldierId)
			.query((rs, n) -> new SheetLine(rs.getString("item_code"), rs.getBigDecimal("quantity"),
					rs.getBigDecimal("points"), rs.getString("evidence_file"), rs.getString("evidence_doc_no"),
					rs.getString("checked_by"), rs.getObject("checked_at", OffsetDateTime.class)))
			.list();
	}

	void clearRanks(long roundId) {
		jdbc.sql("update placement.soldier set rank = null, call_position = null where round_id = ?").param(roundId)
			.update();
	}

	void selfEmployed(long soldierId) {
		if (jdbc.sql("""
				update placement.soldier set state = 'SELF_EMPLOYED', rank = null, call_position = null,
				  version = version + 1 where id = ? and state = 'WAITING'""").param(soldierId).update() == 0) {
			throw new ConflictException("该士兵已经选择自主就业");
		}
	}

	/** Writes the ranks; the call follows the ranks until someone is passed over. */
	void writeRanks(long roundId, Map<Long, Integer> ranks) {
		clearRanks(roundId);
		ranks.forEach((id, rank) -> jdbc.sql("""
				update placement.soldier set rank = ?, call_position = ?, version = version + 1
				where id = ? and round_id = ?""").params(rank, rank, id, roundId).update());
	}

	/** A line of a stored score sheet. */
	record SheetLine(String itemCode, BigDecimal quantity, BigDecimal points, String evidenceFile, String evidenceDocNo,
			String checkedBy, OffsetDateTime checkedAt) {
	}

	private static Round round(ResultSet rs, int n) throws SQLException {
		return new Round(rs.getLong("id"), rs.getString("region_code"), rs.getInt("year"),
				RoundKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("method_id"), rs.getLong("office_unit_id"),
				rs.getString("tie_break"), RoundStage.valueOf(rs.getString("stage")),
				(Long) rs.getObject("called_soldier_id"), rs.getInt("turn"), rs.getInt("version"));
	}

	private static Post post(ResultSet rs, int n) throws SQLException {
		return new Post(rs.getLong("id"), rs.getLong("round_id"), rs.getString("unit_name"),
				PostUnitKind.valueOf(rs.getString("unit_kind")), rs.getString("title"), rs.getString("location"),
				rs.getString("requirements"), rs.getInt("places_total"), rs.getInt("places_left"), rs.getInt("version"),
				new Requirements(enumOf(Education.class, rs.getString("min_education")), (Integer) rs.getObject("max_age"),
						enumOf(Sex.class, rs.getString("sex")), rs.getString("sex_basis")));
	}

	private static Soldier soldier(ResultSet rs, int n) throws SQLException {
		return new Soldier(rs.getLong("id"), rs.getLong("round_id"), new SoldierName(rs.getString("name")),
				rs.getObject("birth_date", LocalDate.class), rs.getObject("enlisted_on", LocalDate.class),
				rs.getObject("discharged_on", LocalDate.class), rs.getString("ground"), rs.getString("statute"),
				rs.getString("article"), rs.getString("honour"), rs.getBigDecimal("score"), (Integer) rs.getObject("rank"),
				(Integer) rs.getObject("call_position"), SoldierState.valueOf(rs.getString("state")),
				(Long) rs.getObject("post_id"), rs.getString("proxy_name"), rs.getBoolean("demo"), rs.getInt("version"),
				enumOf(Education.class, rs.getString("education")), enumOf(Sex.class, rs.getString("sex")));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}

package cn.shuangyong.priority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings of inspections in the database, kept in their place's region. */
@Repository
class FindingStore {

	private static final String SELECT = """
			select f.id, f.campaign_id, f.place_id, p.name as place_name, p.sector, f.region_code, p.department_unit_id,
			       f.item_id, i.text as item_text, coalesce(i.clause, i.clause_note) as citation, i.verified, f.passed,
			       f.note, f.inspector, f.found_on, f.rectify_by, f.task_id, f.state, f.rectified_on, f.version
			from priority.finding f
			join priority.place p on p.id = f.place_id
			join priority.checklist_item i on i.id = f.item_id
			""";

	private final JdbcClient jdbc;

	FindingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long campaignId, Place place, NewFinding finding, String inspector) {
		return jdbc.sql("""
				insert into priority.finding (campaign_id, place_id, item_id, region_code, passed, note, inspector, found_on,
				  rectify_by, state)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(campaignId, place.id(), finding.itemId(), place.regionCode(), finding.passed(), finding.note(),
					inspector, finding.foundOn(), finding.rectifyBy(),
					(finding.passed() ? FindingState.PASSED : FindingState.OPEN).name())
			.query(Long.class).single();
	}

	void linkTask(long findingId, long taskId) {
		jdbc.sql("update priority.finding set task_id = ? where id = ?").params(taskId, findingId).update();
	}

	/** Put right on that day when its task is signed off, or open again (null) when the task is reopened. */
	void rectified(long findingId, long taskId, LocalDate on) {
		jdbc.sql("""
				update priority.finding set state = ?, rectified_on = ?, version = version + 1
				where id = ? and task_id = ? and not passed""")
			.params((on == null ? FindingState.OPEN : FindingState.RECTIFIED).name(), on, findingId, taskId).update();
	}

	Optional<Finding> find(long id) {
		return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FindingStore::row).optional();
	}

	List<Finding> ofCampaign(long campaignId, DataScope scope) {
		return scope.bind(jdbc.sql(SELECT + """
				 where f.campaign_id = :campaign and f.region_code like :scope
				order by f.found_on desc, f.id desc""")).param("campaign", campaignId).query(FindingStore::row).list();
	}

	/** The findings of a campaign still being put right, wherever their places are. */
	long openIn(long campaignId) {
		return jdbc.sql("select count(*) from priority.finding where campaign_id = ? and state = 'OPEN'").param(campaignId)
			.query(Long.class).single();
	}

	List<Finding> ofPlace(long placeId) {
		return jdbc.sql(SELECT + " where f.place_id = ? order by f.found_on desc, f.id desc").param(placeId)
			.query(FindingStore::row).list();
	}

	ListPage<Finding> within(DataScope scope, FindingState state, Paging paging) {
		String where = " where f.region_code like :scope and (cast(:state as varchar) is null or f.state = :state)";
		String state1 = state == null ? null : state.name();
		long total = scope.bind(jdbc.sql("select count(*) from priority.finding f" + where)).param("state", state1)
			.query(Long.class).single();
		List<Finding> rows = paging.bind(scope.bind(jdbc.sql(SELECT + where + " order by f.found_on desc, f.id desc"
				+ Paging.SQL))).param("state", state1).query(FindingStore::row).list();
		return paging.of(rows, total);
	}

	private static Finding row(ResultSet rs, int n) throws SQLException {
		return new Finding(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("place_id"),
				rs.getString("place_name"), Sector.valueOf(rs.getString("sector")), rs.getString("region_code"),
				rs.getLong("department_unit_id"), rs.getLong("item_id"), rs.getString("item_text"),
				rs.getString("citation"), rs.getBoolean("verified"), rs.getBoolean("passed"), rs.getString("note"),
				rs.getString("inspector"), rs.getObject("found_on", LocalDate.class),
				rs.getObject("rectify_by", LocalDate.class), rs.getObject("task_id", Long.class),
				FindingState.valueOf(rs.getString("state")), rs.getObject("rectified_on", LocalDate.class),
				rs.getInt("version"));
	}
}

package cn.shuangyong.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings, their participants and decisions in the database. */
@Repository
class MeetingStore {

	private static final String COLUMNS = """
			id, kind, title, held_on, place, agenda, minutes, convener_unit_id, region_code, state, version""";

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewMeeting meeting, long convener, String region, String by, OffsetDateTime at) {
		long id = jdbc.sql("""
				insert into consultations.meeting (kind, title, held_on, place, agenda, convener_unit_id, region_code,
				  created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(meeting.kind().name(), meeting.title(), meeting.heldOn(), meeting.place(), meeting.agenda(), convener,
					region, by, at)
			.query(Long.class).single();
		meeting.participantUnitIds().forEach(unit -> jdbc
			.sql("insert into consultations.participant (meeting_id, unit_id) values (?, ?)").params(id, unit).update());
		return id;
	}

	Optional<MeetingRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from consultations.meeting where id = ?").param(id)
			.query(MeetingStore::row).optional();
	}

	/** The meetings in a region subtree, the latest first. */
	ListPage<MeetingRow> within(DataScope scope, Paging paging) {
		long total = scope.bind(jdbc.sql("select count(*) from consultations.meeting where region_code like :scope"))
			.query(Long.class).single();
		List<MeetingRow> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS
				+ " from consultations.meeting where region_code like :scope order by held_on desc, id desc"
				+ Paging.SQL)))
			.query(MeetingStore::row).list();
		return paging.of(rows, total);
	}

	List<Long> participants(long meetingId) {
		return jdbc.sql("select unit_id from consultations.participant where meeting_id = ? order by unit_id")
			.param(meetingId).query(Long.class).list();
	}

	void recordMinutes(long id, int version, String minutes) {
		if (jdbc.sql("""
				update consultations.meeting set minutes = ?, state = 'HELD', version = version + 1
				where id = ? and version = ?""").params(minutes, id, version).update() == 0) {
			throw new ConflictException("会议记录已被他人修改，请刷新后重试");
		}
	}

	long insertDecision(long meetingId, NewDecision decision) {
		return jdbc.sql("""
				insert into consultations.decision (meeting_id, position, text, lead_unit_ids, cooperating_unit_ids, deadline)
				values (:meeting, (select coalesce(max(position), 0) + 1 from consultations.decision where meeting_id = :meeting),
				        :text, :leads, :cooperating, :deadline)
				returning id""")
			.param("meeting", meetingId).param("text", decision.text())
			.param("leads", decision.leadUnitIds().toArray(Long[]::new))
			.param("cooperating", decision.cooperatingUnitIds().toArray(Long[]::new))
			.param("deadline", decision.deadline()).query(Long.class).single();
	}

	void linkTask(long decisionId, long taskId) {
		jdbc.sql("update consultations.decision set task_id = ? where id = ?").params(taskId, decisionId).update();
	}

	/** The decision followed by this task is done on that day, or open again (null); answers whether it was found. */
	boolean markDone(long decisionId, long taskId, LocalDate on) {
		return jdbc.sql("update consultations.decision set done_on = ? where id = ? and task_id = ?")
			.params(on, decisionId, taskId).update() == 1;
	}

	/** The meeting a decision belongs to and its place in the list. */
	Optional<DecisionPlace> placeOf(long decisionId) {
		return jdbc.sql("select meeting_id, position from consultations.decision where id = ?").param(decisionId)
			.query((rs, n) -> new DecisionPlace(rs.getLong(1), rs.getInt(2))).optional();
	}

	List<DecisionRow> decisions(long meetingId) {
		return jdbc.sql("""
				select id, position, text, lead_unit_ids, cooperating_unit_ids, deadline, task_id, done_on
				from consultations.decision where meeting_id = ? order by position""")
			.param(meetingId)
			.query((rs, n) -> new DecisionRow(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
					Arrays.asList((Long[]) rs.getArray("lead_unit_ids").getArray()),
					Arrays.asList((Long[]) rs.getArray("cooperating_unit_ids").getArray()),
					rs.getObject("deadline", LocalDate.class), rs.getObject("task_id", Long.class),
					rs.getObject("done_on", LocalDate.class)))
			.list();
	}

	private static MeetingRow row(ResultSet rs, int n) throws SQLException {
		return new MeetingRow(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("agenda"),
				rs.getString("minutes"), rs.getLong("convener_unit_id"), rs.getString("region_code"),
				"HELD".equals(rs.getString("state")), rs.getInt("version"));
	}

	record MeetingRow(long id, MeetingKind kind, String title, LocalDate heldOn, String place, String agenda,
			String minutes, long convenerUnitId, String regionCode, boolean held, int version) {
	}

	record DecisionRow(long id, int position, String text, List<Long> leadUnitIds, List<Long> cooperatingUnitIds,
			LocalDate deadline, Long taskId, LocalDate doneOn) {
	}

	record DecisionPlace(long meetingId, int position) {
	}
}

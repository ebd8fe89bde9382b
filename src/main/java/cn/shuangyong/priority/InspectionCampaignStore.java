package cn.shuangyong.priority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, the places they cover, their spot-check draws and the departments' self-check answers. */
@Repository
class InspectionCampaignStore {

	private static final String COLUMNS = "id, year, title, office_unit_id, region_code, starts_on, self_check_by, phase, version";

	private final JdbcClient jdbc;

	InspectionCampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewCampaign campaign, long office, String region, String by, OffsetDateTime at) {
		try {
			return jdbc.sql("""
					insert into priority.campaign (year, title, office_unit_id, region_code, starts_on, self_check_by,
					  created_by, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(campaign.year(), campaign.title(), office, region, campaign.startsOn(), campaign.selfCheckBy(),
						by, at)
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("本级" + campaign.year() + "年度的检查活动已经建立");
		}
	}

	/** Moves the campaign to its next phase if nobody moved it since it was read. */
	void movePhase(Campaign campaign, CampaignPhase to) {
		int moved = jdbc.sql("""
				update priority.campaign set phase = ?, version = version + 1
				where id = ? and version = ? and phase = ?""")
			.params(to.name(), campaign.id(), campaign.version(), campaign.phase().name()).update();
		if (moved != 1) {
			throw new ConflictException("检查阶段：本次活动已由他人变更，请刷新页面后再试");
		}
	}

	void cover(long campaignId, long placeId, long checklistId) {
		jdbc.sql("insert into priority.campaign_place (campaign_id, place_id, checklist_id) values (?, ?, ?)")
			.params(campaignId, placeId, checklistId).update();
	}

	Optional<Campaign> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from priority.campaign where id = ?").param(id).query(InspectionCampaignStore::row)
			.optional();
	}

	/** The campaigns run in the scope, and those of the offices above it, which cover its places: newest first. */
	List<Campaign> visible(DataScope scope, Integer year) {
		return scope.bind(jdbc.sql("select " + COLUMNS + """
				 from priority.campaign
				where (region_code like :scope or :scopeRoot like region_code || '%')
				  and (cast(:year as int) is null or year = :year)
				order by year desc, region_code, id"""))
			.param("year", year).query(InspectionCampaignStore::row).list();
	}

	List<CampaignPlace> places(long campaignId) {
		return jdbc.sql("""
				select p.id, p.name, p.sector, p.region_code, p.department_unit_id, p.address, p.retired_on, p.retired_reason,
				       p.version,
				       cp.checklist_id, cp.spot_chosen, cp.spot_draw_id,
				       (select count(*) from priority.self_check_answer a
				         where a.campaign_id = cp.campaign_id and a.place_id = cp.place_id) as answered
				from priority.campaign_place cp join priority.place p on p.id = cp.place_id
				where cp.campaign_id = ? order by p.region_code, p.sector, p.name, p.id""")
			.param(campaignId)
			.query((rs, n) -> new CampaignPlace(PlaceStore.row(rs, n), rs.getLong("checklist_id"),
					rs.getString("spot_chosen"), rs.getObject("spot_draw_id", Long.class), rs.getInt("answered")))
			.list();
	}

	/** The campaigns a place has been in, newest first. */
	List<Long> campaignsOf(long placeId) {
		return jdbc.sql("""
				select cp.campaign_id from priority.campaign_place cp join priority.campaign c on c.id = cp.campaign_id
				where cp.place_id = ? order by c.year desc, c.id desc""").param(placeId).query(Long.class).list();
	}

	long insertDraw(long campaignId, SpotCheckDraw draw, String by, OffsetDateTime at) {
		return jdbc.sql("""
				insert into priority.spot_draw (campaign_id, seed, requested, candidates, drawn_by, drawn_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(campaignId, draw.seed(), draw.requested(), draw.candidates().size(), by, at).query(Long.class)
			.single();
	}

	void chooseForSpotCheck(long campaignId, long placeId, String how, Long drawId) {
		jdbc.sql("""
				update priority.campaign_place set spot_chosen = ?, spot_draw_id = ?
				where campaign_id = ? and place_id = ? and spot_chosen is null""")
			.params(how, drawId, campaignId, placeId).update();
	}

	List<RecordedDraw> draws(long campaignId) {
		return jdbc.sql("""
				select id, seed, requested, candidates, drawn_by, drawn_at from priority.spot_draw
				where campaign_id = ? order by id""").param(campaignId)
			.query((rs, n) -> new RecordedDraw(rs.getLong("id"), rs.getLong("seed"), rs.getInt("requested"),
					rs.getInt("candidates"), rs.getString("drawn_by"),
					rs.getObject("drawn_at", OffsetDateTime.class).atZoneSameInstant(BusinessClock.CHINA).toOffsetDateTime()))
			.list();
	}

	long insertSelfCheck(long campaignId, long departmentUnitId) {
		return jdbc.sql("""
				insert into priority.self_check (campaign_id, department_unit_id) values (?, ?) returning id""")
			.params(campaignId, departmentUnitId).query(Long.class).single();
	}

	/** The campaigns not yet closed whose organising office's region holds this region. */
	List<Campaign> runningOver(String regionCode) {
		return jdbc.sql("select " + COLUMNS
				+ " from priority.campaign where phase <> 'CLOSED' and ? like region_code || '%' order by id")
			.param(regionCode).query(InspectionCampaignStore::row).list();
	}

	boolean hasSelfCheck(long campaignId, long departmentUnitId) {
		return jdbc.sql("select count(*) from priority.self_check where campaign_id = ? and department_unit_id = ?")
			.params(campaignId, departmentUnitId).query(Long.class).single() > 0;
	}

	void linkSelfCheckTask(long selfCheckId, long taskId) {
		jdbc.sql("update priority.self_check set task_id = ? where id = ?").params(taskId, selfCheckId).update();
	}

	Optional<Long> campaignOfSelfCheck(long selfCheckId) {
		return jdbc.sql("select campaign_id from priority.self_check where id = ?").param(selfCheckId)
			.query(Long.class).optional();
	}

	void answer(long campaignId, long placeId, long itemId, boolean compliant, String note, String by,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into priority.self_check_answer (campaign_id, place_id, item_id, compliant, note, answered_by, answered_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (campaign_id, place_id, item_id)
				do update set compliant = excluded.compliant, note = excluded.note, answered_by = excluded.answered_by,
				  answered_at = excluded.answered_at""")
			.params(campaignId, placeId, itemId, compliant, note, by, at).update();
	}

	List<SelfCheckAnswer> answers(long campaignId, long placeId) {
		return jdbc.sql("""
				select item_id, compliant, note from priority.self_check_answer
				where campaign_id = ? and place_id = ? order by item_id""").params(campaignId, placeId)
			.query((rs, n) -> new SelfCheckAnswer(rs.getLong("item_id"), rs.getBoolean("compliant"), rs.getString("note")))
			.list();
	}

	private static Campaign row(ResultSet rs, int n) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getInt("year"), rs.getString("title"), rs.getLong("office_unit_id"),
				rs.getString("region_code"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("self_check_by", LocalDate.class), CampaignPhase.valueOf(rs.getString("phase")),
				rs.getInt("version"));
	}
}

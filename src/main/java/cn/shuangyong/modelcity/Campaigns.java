package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.modelcity.CampaignRecords.EvidenceFile;
import cn.shuangyong.modelcity.CampaignRecords.ScoreRow;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading campaigns within the user's data scope: the list, one campaign, its score sheet. A campaign outside the
 * scope answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Standards standards;

	private final CampaignAccess access;

	private final FileFolder evidence;

	private final PublicNotice notice;

	Campaigns(JdbcClient jdbc, Directory directory, Standards standards, CampaignAccess access, FileStore files,
			PublicNotice notice) {
		this.notice = notice;
		this.evidence = files.folder("modelcity");
		this.jdbc = jdbc;
		this.directory = directory;
		this.standards = standards;
		this.access = access;
	}

	/** The campaigns the user sees, of one year or (null) of all years. */
	public List<CampaignSummary> list(Integer year, CurrentUser user) {
		user.require(Permission.WORK_READ);
		Map<String, Object> parameters = user.scope().bind(new java.util.HashMap<>());
		if (year != null) {
			parameters.put("year", year);
		}
		return load(within(year), parameters);
	}

	/** One page of {@link #list}, in the same order: the latest cycle first, then by region. */
	public ListPage<CampaignSummary> page(Integer year, Paging paging, CurrentUser user) {
		user.require(Permission.WORK_READ);
		Map<String, Object> parameters = user.scope().bind(new HashMap<>());
		if (year != null) {
			parameters.put("year", year);
		}
		long total = jdbc.sql("select count(*) from modelcity.campaign c where " + within(year)).params(parameters)
			.query(Long.class).single();
		return paging.of(select(within(year) + LIST_ORDER + Paging.SQL, paging.bind(parameters)), total);
	}

	private static String within(Integer year) {
		return "c.region_code like :scope" + (year == null ? "" : " and c.cycle_year = :year");
	}

	public Campaign find(long id, CurrentUser user) {
		return access.visible(id, user);
	}

	/** What the user is to this campaign: its candidate's office, its reviewer, the provincial office. */
	public Roles roles(Campaign campaign, CurrentUser user) {
		return new Roles(CampaignAccess.candidate(campaign, user), CampaignAccess.reviewer(campaign, user),
				CampaignAccess.province(user));
	}

	public record Roles(boolean candidate, boolean reviewer, boolean province) {
	}

	public CampaignSummary summary(long id, CurrentUser user) {
		access.visible(id, user);
		return load("c.id = :id", Map.of("id", id)).stream().findFirst().orElseThrow(() -> new NotFoundException("考评不存在"));
	}

	/** The score sheet: every indicator of the campaign's standard with the scores, texts and files given. */
	public List<ScoreRow> scoreSheet(long id, CurrentUser user) {
		Campaign campaign = access.visible(id, user);
		Standard standard = standards.find(campaign.standardId());
		record Given(BigDecimal self, String evidence, BigDecimal review, String comment) {
		}
		Map<Long, Given> given = new HashMap<>();
		jdbc.sql("select node_id, self_score, evidence_text, review_score, review_comment from modelcity.indicator_score where campaign_id = :c")
			.param("c", id)
			.query((rs, i) -> given.put(rs.getLong(1), new Given(rs.getBigDecimal(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5))))
			.list();
		Map<Long, List<EvidenceFile>> files = new HashMap<>();
		files(id).forEach(f -> files.computeIfAbsent(f.indicatorId(), k -> new ArrayList<>()).add(f));
		List<ScoreRow> rows = new ArrayList<>();
		Given none = new Given(null, null, null, null);
		for (StandardNode area : standard.areas()) {
			for (StandardNode n : area.children()) {
				Given g = given.getOrDefault(n.id(), none);
				rows.add(new ScoreRow(area.code(), area.title(), n.id(), n.code(), n.title(), n.points(), n.evidence(),
						n.scoring(), n.children().stream().map(s -> s.code() + " " + s.title() + "（" + Scores.plain(s.points()) + " 分）").toList(),
						g.self(), g.evidence(), g.review(), g.comment(), files.getOrDefault(n.id(), List.of())));
			}
		}
		return rows;
	}

	public List<EvidenceFile> files(long campaignId) {
		return jdbc.sql("""
				select id, node_id, display_name, file_type, size_bytes, uploaded_by, uploaded_at
				from modelcity.evidence_file where campaign_id = :c order by id""").param("c", campaignId)
			.query((rs, i) -> new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
					EvidenceType.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	public List<CampaignRecords.SiteVisit> siteVisits(long campaignId) {
		return jdbc.sql("select id, visited_on, place, members, findings, recorded_by from modelcity.site_visit where campaign_id = :c order by visited_on, id")
			.param("c", campaignId)
			.query((rs, i) -> new CampaignRecords.SiteVisit(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	public List<CampaignRecords.VetoFinding> vetoFindings(long campaignId) {
		return jdbc.sql("""
				select f.veto_item_id, v.text, f.grounds, f.found_by, f.found_at from modelcity.veto_finding f
				join modelcity.veto_item v on v.id = f.veto_item_id where f.campaign_id = :c order by v.position""")
			.param("c", campaignId)
			.query((rs, i) -> new CampaignRecords.VetoFinding(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	public List<CampaignRecords.Objection> objections(long campaignId) {
		return notice.objections(campaignId).stream()
			.map(o -> new CampaignRecords.Objection(o.id(), o.receivedOn(), o.objector(), o.channel(), o.content(),
					o.recordedBy(), o.recordedAt(), o.reason(), o.reply(), o.answeredBy(), o.answeredOn(), o.upheld()))
			.toList();
	}

	/** The number of the document that announced the campaign's 公示, and its working days; empty before the 公示. */
	public Optional<CampaignRecords.Announcement> announcement(long campaignId) {
		return notice.of(campaignId)
			.map(n -> new CampaignRecords.Announcement(n.docNumber(), n.period().workingDays()));
	}

	public List<CampaignRecords.YearlyCheck> checks(long campaignId) {
		return jdbc.sql("select check_year, passed, notes, checked_by, checked_on from modelcity.yearly_check where campaign_id = :c order by check_year")
			.param("c", campaignId)
			.query((rs, i) -> new CampaignRecords.YearlyCheck(rs.getInt(1), rs.getBoolean(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}

	public List<CampaignRecords.Event> timeline(long campaignId) {
		return jdbc.sql("select kind, actor, detail, at from modelcity.campaign_event where campaign_id = :c order by id")
			.param("c", campaignId)
			.query((rs, i) -> new CampaignRecords.Event(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** A file's content and how to send it, after checking the campaign is in scope. */
	public Download evidence(long campaignId, long fileId, CurrentUser user) {
		access.visible(campaignId, user);
		record Stored(String name, EvidenceType type, String storedName) {
		}
		Stored stored = jdbc.sql("select display_name, file_type, stored_name from modelcity.evidence_file where id = :f and campaign_id = :c")
			.param("f", fileId).param("c", campaignId)
			.query((rs, i) -> new Stored(rs.getString(1), EvidenceType.valueOf(rs.getString(2)), rs.getString(3)))
			.optional().orElseThrow(() -> new NotFoundException("证明材料不存在"));
		return new Download(stored.name(), stored.type().mediaType(), evidence.read(stored.storedName()));
	}

	private static final String LIST_ORDER = " order by c.cycle_year desc, c.region_code, c.id";

	/** The campaigns a condition selects, in {@link #LIST_ORDER}. */
	private List<CampaignSummary> load(String where, Map<String, ?> params) {
		return select(where + LIST_ORDER, params);
	}

	/** The campaigns of a where clause that brings its own order (and page). */
	private List<CampaignSummary> select(String where, Map<String, ?> params) {
		record Row(long id, int year, String region, String name, long candidate, long reviewer, CampaignStage stage,
				long standard, int version, BigDecimal total, int indicators, BigDecimal self, int reviewed,
				BigDecimal review, boolean vetoed, String doc, LocalDate namedOn, int campaignVersion) {
		}
		List<Row> rows = jdbc.sql("""
				select c.id, c.cycle_year, c.region_code, c.region_name, c.candidate_unit_id, c.reviewer_unit_id, c.stage,
				  c.standard_id, s.version_no,
				  (select coalesce(sum(n.points), 0) from modelcity.standard_node n where n.standard_id = c.standard_id and n.kind = 'INDICATOR'),
				  (select count(*) from modelcity.standard_node n where n.standard_id = c.standard_id and n.kind = 'INDICATOR'),
				  (select sum(x.self_score) from modelcity.indicator_score x where x.campaign_id = c.id),
				  (select count(x.review_score) from modelcity.indicator_score x where x.campaign_id = c.id),
				  (select sum(x.review_score) from modelcity.indicator_score x where x.campaign_id = c.id),
				  exists (select 1 from modelcity.veto_finding v where v.campaign_id = c.id),
				  c.naming_doc_no, c.named_on, c.version
				from modelcity.campaign c join modelcity.standard s on s.id = c.standard_id
				where\s""" + where)
			.params(params)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getLong(6), CampaignStage.valueOf(rs.getString(7)), rs.getLong(8), rs.getInt(9), rs.getBigDecimal(10),
					rs.getInt(11), rs.getBigDecimal(12), rs.getInt(13), rs.getBigDecimal(14), rs.getBoolean(15),
					rs.getString(16), rs.getObject(17, LocalDate.class), rs.getInt(18)))
			.list();
		Map<Long, String> names = new HashMap<>();
		List<UnitId> ids = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.candidate(), r.reviewer())).distinct()
			.map(UnitId::new).toList();
		directory.units(ids).forEach(u -> names.put(u.id().value(), u.name()));
		return rows.stream().map(r -> new CampaignSummary(r.id(), r.year(), r.region(), r.name(), r.candidate(),
				names.getOrDefault(r.candidate(), ""), r.reviewer(), names.getOrDefault(r.reviewer(), ""), r.stage(),
				r.standard(), r.version(), r.total(), r.indicators(), r.self(), r.reviewed(),
				r.stage().reviewed() ? r.review() : null, r.vetoed(), r.doc(), r.namedOn(),
				r.campaignVersion())).toList();
	}

}

package cn.shuangyong.beneficiaries.visits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.visits.VisitCommands.RecordVisit;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording visits and reading what is still to do. Staff of a service station see and record only their own
 * station's targets; offices see everything in their region and may narrow the list to one station. Recording a
 * visit moves the campaign's county roll-up in the same transaction.
 */
@Service
@Transactional
public class Visits {

	private static final BigDecimal MAX_MONEY = BigDecimal.valueOf(100_000);

	private final JdbcClient jdbc;

	private final VisitCampaigns campaigns;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	Visits(JdbcClient jdbc, VisitCampaigns campaigns, Directory directory, AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The unvisited targets the user may see; a station's staff see only their station's. */
	@Transactional(readOnly = true)
	public ListPage<TargetView> outstanding(long campaignId, Long stationUnitId, Paging paging, CurrentUser user) {
		Map<String, Object> params = targetParams(campaignId, stationUnitId, false, user);
		long total = jdbc.sql("select count(*) from beneficiaries.campaign_target t where " + TARGETS).params(params)
			.query(Long.class).single();
		return paging.of(targets(TARGETS + TARGET_ORDER + Paging.SQL, paging.bind(params)), total);
	}

	/** Every target the user may see, visited or not, for rosters. */
	@Transactional(readOnly = true)
	public List<TargetView> targets(long campaignId, Long stationUnitId, CurrentUser user) {
		return targets(TARGETS + TARGET_ORDER, targetParams(campaignId, stationUnitId, true, user));
	}

	/** Unvisited targets per station in the user's scope. */
	@Transactional(readOnly = true)
	public List<StationOutstanding> outstandingByStation(long campaignId, CurrentUser user) {
		campaigns.find(campaignId, user);
		return jdbc.sql("""
				select station_unit_id, count(*) filter (where not visited), count(*) from beneficiaries.campaign_target
				where campaign_id = :c and region_code like :scope
				  and (cast(:own as bigint) is null or station_unit_id = :own)
				group by station_unit_id order by 2 desc""")
			.param("c", campaignId).param("scope", HonoursAccess.scope(user)).param("own", ownStation(user))
			.query((rs, i) -> new StationOutstanding((Long) rs.getObject(1), rs.getLong(2), rs.getLong(3))).list();
	}

	public long record(long targetId, RecordVisit command, CurrentUser by) {
		record Target(long campaign, String region, Long station, boolean visited, String county) {
		}
		Target target = jdbc.sql("""
				select campaign_id, region_code, station_unit_id, visited, county_code
				from beneficiaries.campaign_target where id = :id for update""")
			.param("id", targetId)
			.query((rs, i) -> new Target(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getBoolean(4),
					rs.getString(5)))
			.optional().orElseThrow(() -> new NotFoundException("走访对象不存在或不在您的数据范围内"));
		HonoursAccess.requireEdit(by, target.region(), "走访对象");
		Long own = ownStation(by);
		if (own != null && !own.equals(target.station())) {
			throw new AccessDeniedException("该对象不由本服务站走访");
		}
		CampaignView campaign = campaigns.find(target.campaign(), by);
		List<String> problems = check(command, campaign);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (target.visited()) {
			throw new ConflictException("该对象已登记走访，不能重复登记");
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into beneficiaries.visit (target_id, visited_on, visitors, money, goods, note, recorded_by,
					  recorded_at)
					values (:t, :on, :visitors, :money, :goods, :note, :by, :at) returning id""")
				.param("t", targetId).param("on", command.visitedOn()).param("visitors", command.visitors().strip())
				.param("money", command.money() == null ? BigDecimal.ZERO : command.money())
				.param("goods", blankToEmpty(command.goods())).param("note", blankToNull(command.note()))
				.param("by", by.getUsername()).param("at", java.sql.Timestamp.from(clock.now())).query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("该对象已登记走访，不能重复登记");
		}
		jdbc.sql("update beneficiaries.campaign_target set visited = true where id = :id").param("id", targetId)
			.update();
		jdbc.sql("update beneficiaries.visit_rollup set visited = visited + 1 where campaign_id = :c and county_code = :county")
			.param("c", target.campaign()).param("county", target.county()).update();
		audit.record(by, "VISIT_RECORDED", AuditTarget.of("CAMPAIGN_TARGET", targetId), campaign.title());
		return id;
	}

	/** The user's own station when they work at one: their lists are that station's alone. */
	public Long ownStation(CurrentUser user) {
		return directory.unit(new UnitId(user.unitId()))
			.filter(u -> u.kind() == UnitKind.SERVICE_STATION)
			.map(u -> u.id().value())
			.orElse(null);
	}

	/** A campaign's targets in the user's scope (and station): all of them, or only those not yet visited. */
	private static final String TARGETS = """
			t.campaign_id = :c and t.region_code like :scope and (:all or not t.visited)
			  and (cast(:station as bigint) is null or t.station_unit_id = :station)""";

	private static final String TARGET_ORDER = " order by t.region_code, t.id";

	private Map<String, Object> targetParams(long campaignId, Long stationUnitId, boolean all, CurrentUser user) {
		campaigns.find(campaignId, user);
		Long own = ownStation(user);
		Map<String, Object> params = new HashMap<>();
		params.put("c", campaignId);
		params.put("scope", HonoursAccess.scope(user));
		params.put("station", own != null ? own : stationUnitId);
		params.put("all", all);
		return params;
	}

	private List<TargetView> targets(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select t.id, t.person_id, p.name, p.id_masked, p.categories, t.region_code, t.station_unit_id,
				  t.visited, v.visited_on, v.visitors, v.money, v.goods
				from beneficiaries.campaign_target t
				join beneficiaries.person p on p.id = t.person_id
				left join beneficiaries.visit v on v.target_id = t.id
				where\s""" + where)
			.params(params)
			.query((rs, i) -> new TargetView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					List.of((String[]) rs.getArray(5).getArray()), rs.getString(6), (Long) rs.getObject(7),
					rs.getBoolean(8), rs.getObject(9, java.time.LocalDate.class), rs.getString(10),
					rs.getBigDecimal(11), rs.getString(12)))
			.list();
	}

	private List<String> check(RecordVisit command, CampaignView campaign) {
		List<String> problems = new ArrayList<>();
		if (command.visitedOn() == null) {
			problems.add("请填写走访日期");
		}
		else if (command.visitedOn().isAfter(clock.today())) {
			problems.add("走访日期不能晚于今天（" + clock.today() + "）");
		}
		else if (command.visitedOn().isBefore(campaign.festivalOn().minusMonths(3))) {
			problems.add("走访日期早于本次活动（" + campaign.festivalOn() + " 前三个月内）");
		}
		String visitors = command.visitors() == null ? "" : command.visitors().strip();
		if (visitors.isEmpty() || visitors.length() > 200) {
			problems.add("请填写走访人（不超过 200 字）");
		}
		BigDecimal money = command.money() == null ? BigDecimal.ZERO : command.money();
		if (money.signum() < 0 || money.compareTo(MAX_MONEY) > 0 || money.scale() > 2) {
			problems.add("慰问金应为 0 至 100000 元、最多两位小数");
		}
		String goods = blankToEmpty(command.goods());
		if (goods.length() > 200) {
			problems.add("慰问品不能超过 200 字");
		}
		if (money.signum() == 0 && goods.isEmpty()) {
			problems.add("请填写发放的慰问金或慰问品");
		}
		if (command.note() != null && command.note().length() > 500) {
			problems.add("备注不能超过 500 字");
		}
		return problems;
	}

	private static String blankToEmpty(String text) {
		return text == null ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** One station's unvisited and total targets; a null station is people no station keeps yet. */
	public record StationOutstanding(Long stationUnitId, long outstanding, long targets) {
	}
}

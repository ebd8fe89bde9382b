package cn.shuangyong.beneficiaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plaque and visit coverage of a region, read from the maintained roll-ups (per county: eligible households and those
 * with a plaque; per campaign and county: targets and visited), so it stays exact and answers in milliseconds at
 * provincial scale; below a county from the households' maintained honour state and the campaigns' targets in the place
 * (a few hundred rows through region indexes). The registry's stats API includes {@link #of} as
 * {@code plaqueCoverage} and {@code visitCoverage}.
 * The caller checks the data scope; region codes are the short forms (53, 5323, 532301).
 */
@Service
@Transactional(readOnly = true)
public class HonoursCoverage {

	private final JdbcClient jdbc;

	HonoursCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Coverage of(String region) {
		return new Coverage(plaques(region), visits(region));
	}

	public PlaqueCoverage plaques(String region) {
		if (area(region).level().compareTo(RegionLevel.COUNTY) > 0) {
			return placePlaques(region);
		}
		return area(region).bind(jdbc.sql("""
				select coalesce(sum(eligible_households), 0), coalesce(sum(plaqued_households), 0)
				from beneficiaries.plaque_rollup where county_code like :scope"""))
			.query((rs, i) -> new PlaqueCoverage(rs.getLong(1), rs.getLong(2))).single();
	}

	/**
	 * Below a county (a township holds some 900 households at 2,000,000 people): its households' maintained honour
	 * state (beneficiaries.household_honour), found through the household region index, so a township shows its own
	 * figures and not its county's.
	 */
	private PlaqueCoverage placePlaques(String region) {
		return area(region).bind(jdbc.sql("""
				select count(*) filter (where o.eligible), count(*) filter (where o.eligible and o.plaqued)
				from beneficiaries.household h join beneficiaries.household_honour o on o.household_id = h.id
				where h.region_code like :scope"""))
			.query((rs, i) -> new PlaqueCoverage(rs.getLong(1), rs.getLong(2))).single();
	}

	/** The campaigns whose region covers or lies within this region, each counted within it. */
	public List<VisitCoverage> visits(String region) {
		if (area(region).level().compareTo(RegionLevel.COUNTY) > 0) {
			return placeVisits(region);
		}
		return area(region).bind(jdbc.sql("""
				select c.id, c.title, c.year, c.kind, coalesce(sum(r.targets), 0), coalesce(sum(r.visited), 0)
				from beneficiaries.visit_campaign c
				left join beneficiaries.visit_rollup r on r.campaign_id = c.id and r.county_code like :scope
				where c.region_code like :scope or :scopeRoot like c.region_code || '%'
				group by c.id, c.title, c.year, c.kind order by c.year desc, c.kind, c.id"""))
			.query(HonoursCoverage::visitCoverage).list();
	}

	/**
	 * The region's parts one level down (prefectures of the province, counties of a prefecture), each with its plaque
	 * coverage and, when a campaign is given, its visit coverage: what the map and its drill-down show. A county and
	 * the places below it have none, since the roll-ups are kept per county.
	 */
	public List<PartCoverage> parts(String region, Long campaignId) {
		RegionLevel level = area(region).level();
		if (level.compareTo(RegionLevel.PREFECTURE) > 0) {
			return List.of();
		}
		int length = level.below().orElseThrow().codeLength();
		return area(region).bind(jdbc.sql("""
				select part, sum(eligible), sum(plaqued), sum(targets), sum(visited) from (
				  select left(county_code, :len) part, eligible_households eligible, plaqued_households plaqued,
				    0 targets, 0 visited
				  from beneficiaries.plaque_rollup where county_code like :scope
				  union all
				  select left(county_code, :len), 0, 0, targets, visited from beneficiaries.visit_rollup
				  where campaign_id = :campaign and county_code like :scope) figures
				group by part order by part"""))
			.param("len", length).param("campaign", campaignId)
			.query((rs, i) -> new PartCoverage(rs.getString(1), new PlaqueCoverage(rs.getLong(2), rs.getLong(3)),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/** Below a county: the campaigns' targets in the place, through the (campaign, region) index of the targets. */
	private List<VisitCoverage> placeVisits(String region) {
		return area(region).bind(jdbc.sql("""
				select c.id, c.title, c.year, c.kind, count(t.id), count(t.id) filter (where t.visited)
				from beneficiaries.visit_campaign c
				left join beneficiaries.campaign_target t on t.campaign_id = c.id and t.region_code like :scope
				where c.region_code like :scope or :scopeRoot like c.region_code || '%'
				group by c.id, c.title, c.year, c.kind order by c.year desc, c.kind, c.id"""))
			.query(HonoursCoverage::visitCoverage).list();
	}

	/** The region whose figures are read, bound into the queries as the one scoped-query way binds a user's scope. */
	private static DataScope area(String region) {
		try {
			return new DataScope(region);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("地区代码应为 2、4、6、9 或 12 位行政区划代码：" + region);
		}
	}

	/** A campaign row: id, title, year, kind, targets, visited. */
	private static VisitCoverage visitCoverage(ResultSet rs, int row) throws SQLException {
		return new VisitCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
				rs.getLong(6));
	}

	static double percent(long part, long whole) {
		return whole == 0 ? 0 : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** Both coverages of one region. */
	public record Coverage(PlaqueCoverage plaqueCoverage, List<VisitCoverage> visitCoverage) {
	}

	/** Eligible households and those with a hung plaque. */
	public record PlaqueCoverage(long eligibleHouseholds, long withPlaque) {

		public double percent() {
			return HonoursCoverage.percent(withPlaque, eligibleHouseholds);
		}

		public long withoutPlaque() {
			return eligibleHouseholds - withPlaque;
		}
	}

	/** One campaign's targets and visits within the region. */
	public record VisitCoverage(long campaignId, String title, int year, String kind, long targets, long visited) {

		public double percent() {
			return HonoursCoverage.percent(visited, targets);
		}
	}

	/** One part of a region on the map. */
	public record PartCoverage(String regionCode, PlaqueCoverage plaques, long targets, long visited) {

		public double visitPercent() {
			return HonoursCoverage.percent(visited, targets);
		}
	}
}

package cn.shuangyong.beneficiaries;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plaque and visit coverage of a region, read from the maintained roll-ups (per county: eligible households and those
 * with a plaque; per campaign and county: targets and visited), so it stays exact and answers in milliseconds at
 * provincial scale. The registry's stats API includes {@link #of} as {@code plaqueCoverage} and {@code visitCoverage}.
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
		return jdbc.sql("""
				select coalesce(sum(eligible_households), 0), coalesce(sum(plaqued_households), 0)
				from beneficiaries.plaque_rollup where county_code like :region""")
			.param("region", county(region) + "%")
			.query((rs, i) -> new PlaqueCoverage(rs.getLong(1), rs.getLong(2))).single();
	}

	/** The campaigns whose region covers or lies within this region, each counted within it. */
	public List<VisitCoverage> visits(String region) {
		return jdbc.sql("""
				select c.id, c.title, c.year, c.kind, coalesce(sum(r.targets), 0), coalesce(sum(r.visited), 0)
				from beneficiaries.visit_campaign c
				left join beneficiaries.visit_rollup r on r.campaign_id = c.id and r.county_code like :region
				where c.region_code like :region or :plain like c.region_code || '%'
				group by c.id, c.title, c.year, c.kind order by c.year desc, c.kind, c.id""")
			.param("region", county(region) + "%").param("plain", region)
			.query((rs, i) -> new VisitCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/**
	 * The region's parts one level down (prefectures of the province, counties of a prefecture), each with its plaque
	 * coverage and, when a campaign is given, its visit coverage: what the map and its drill-down show.
	 */
	public List<PartCoverage> parts(String region, Long campaignId) {
		int length = region.length() < 4 ? 4 : 6;
		return jdbc.sql("""
				select part, sum(eligible), sum(plaqued), sum(targets), sum(visited) from (
				  select left(county_code, :len) part, eligible_households eligible, plaqued_households plaqued,
				    0 targets, 0 visited
				  from beneficiaries.plaque_rollup where county_code like :region
				  union all
				  select left(county_code, :len), 0, 0, targets, visited from beneficiaries.visit_rollup
				  where campaign_id = :campaign and county_code like :region) figures
				group by part order by part""")
			.param("len", length).param("region", county(region) + "%").param("campaign", campaignId)
			.query((rs, i) -> new PartCoverage(rs.getString(1), new PlaqueCoverage(rs.getLong(2), rs.getLong(3)),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	/** Roll-ups are per county; a township or village reads its county's figures. */
	private static String county(String region) {
		return region.length() > 6 ? region.substring(0, 6) : region;
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

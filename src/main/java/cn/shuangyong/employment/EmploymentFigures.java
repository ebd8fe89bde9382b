package cn.shuangyong.employment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures by region and year (issue 19, 1): the needs registered in the year, how many were placed (安置), closed
 * otherwise or still open, the placement rate and the mean days from registration to placement, for each region one
 * level below the one asked for; the cases a user counts are those {@link CaseReader} lets them see. A case whose
 * wished region is the asked region itself (a prefecture, not one of its counties) has its own line.
 */
@Service
public class EmploymentFigures {

	private final JdbcClient jdbc;

	private final CaseReader reader;

	private final Directory directory;

	private final BusinessClock clock;

	EmploymentFigures(JdbcClient jdbc, CaseReader reader, Directory directory, BusinessClock clock) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.directory = directory;
		this.clock = clock;
	}

	/** {@code region} defaults to the user's own, {@code year} to the business year. */
	public Figures of(String region, String year, CurrentUser by) {
		CaseReader.Sight sight = reader.of(by);
		Region shown = region(region == null || region.isBlank() ? by.regionCode() : region.strip());
		if (!by.covers(shown.code().value())) {
			throw new InvalidInputException("地区不在本单位所在地区范围内");
		}
		int shownYear = year(year);
		if (shownYear < 2000 || shownYear > clock.today().getYear() + 1) {
			throw new InvalidInputException("年度应在 2000 年至 " + (clock.today().getYear() + 1) + " 年之间");
		}
		int childLength = shown.level().below().map(RegionLevel::codeLength).orElse(shown.code().value().length());
		Map<String, Object> values = sight.parameters();
		values.put("region", shown.code().value() + "%");
		values.put("len", childLength);
		values.put("year", shownYear);
		List<Line> lines = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		directory.children(shown.code()).forEach(r -> names.put(r.code().value(), r.name()));
		names.put(shown.code().value(), shown.name());
		jdbc.sql("""
				select substr(n.region_code, 1, :len) as code, count(*) as registered,
				  sum(case when n.outcome = 'PLACED' then 1 else 0 end) as placed,
				  sum(case when n.outcome is not null and n.outcome <> 'PLACED' then 1 else 0 end) as other,
				  sum(case when n.outcome is null then 1 else 0 end) as open,
				  avg(case when n.outcome = 'PLACED' then n.outcome_on - n.registered_on end) as days
				from employment.need n
				where\s""" + sight.condition() + """
				 and n.region_code like :region and extract(year from n.registered_on) = :year
				group by 1 order by 1""")
			.params(values)
			.query((rs, i) -> new Line(rs.getString("code"), names.getOrDefault(rs.getString("code"), rs.getString("code")),
					rs.getInt("registered"), rs.getInt("placed"), rs.getInt("other"), rs.getInt("open"),
					Optional.ofNullable(rs.getBigDecimal("days")).map(d -> (int) Math.round(d.doubleValue())).orElse(null)))
			.list()
			.forEach(lines::add);
		return new Figures(shown.code().value(), shown.name(), shownYear, lines, total(lines));
	}

	private static Line total(List<Line> lines) {
		int placed = lines.stream().mapToInt(Line::placed).sum();
		double days = lines.stream().filter(l -> l.meanDaysToPlacement() != null)
			.mapToDouble(l -> (double) l.meanDaysToPlacement() * l.placed()).sum();
		return new Line(null, null, lines.stream().mapToInt(Line::registered).sum(), placed,
				lines.stream().mapToInt(Line::closedOtherwise).sum(), lines.stream().mapToInt(Line::open).sum(),
				placed == 0 ? null : (int) Math.round(days / placed));
	}

	private int year(String year) {
		if (year == null || year.isBlank()) {
			return clock.today().getYear();
		}
		if (!year.strip().matches("\\d{4}")) {
			throw new InvalidInputException("年度应为四位年份，如 2020");
		}
		return Integer.parseInt(year.strip());
	}

	private Region region(String code) {
		try {
			return directory.region(RegionCode.of(code)).orElseThrow(() -> new InvalidInputException("地区不存在"));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("地区应为行政区划代码，如 5323");
		}
	}

	/** The figures of a region's subregions in a year, and their total. */
	public record Figures(String regionCode, String regionName, int year, List<Line> lines, Line total) {
	}

	/**
	 * One region's line; the placement rate is placed over registered, in whole per cent; the mean days to placement
	 * is null with nobody placed.
	 */
	public record Line(String regionCode, String regionName, int registered, int placed, int closedOtherwise,
			int open, Integer meanDaysToPlacement) {

		public int placementRate() {
			return registered == 0 ? 0 : Math.round(placed * 100f / registered);
		}
	}
}

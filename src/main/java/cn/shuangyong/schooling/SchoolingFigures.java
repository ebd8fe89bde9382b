package cn.shuangyong.schooling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Figures by region, stage and basis (issue 19, 2): for the terms of a year, the applications, how many were
 * admitted (at first or on review), refused (and upheld on review) or are still open, for each region one level
 * below the one asked for, and the same counts by stage and by basis. The applications a user counts are those
 * {@link ApplicationReader} lets them see.
 */
@Service
public class SchoolingFigures {

	private static final String COUNTS = """
			count(*) as applications,
			sum(case when a.state in ('ADMITTED', 'ADMITTED_ON_REVIEW') then 1 else 0 end) as admitted,
			sum(case when a.state in ('REFUSED', 'UPHELD') then 1 else 0 end) as refused,
			sum(case when a.state in ('SUBMITTED', 'UNDER_REVIEW') then 1 else 0 end) as open""";

	private final JdbcClient jdbc;

	private final ApplicationReader reader;

	private final Directory directory;

	private final BusinessClock clock;

	SchoolingFigures(JdbcClient jdbc, ApplicationReader reader, Directory directory, BusinessClock clock) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.directory = directory;
		this.clock = clock;
	}

	/** {@code region} defaults to the user's own, {@code year} (the terms' year) to the business year. */
	public Figures of(String region, String year, CurrentUser by) {
		ApplicationReader.Sight sight = reader.of(by);
		Region shown = region(region == null || region.isBlank() ? by.regionCode() : region.strip());
		if (!by.covers(shown.code().value())) {
			throw new InvalidInputException("地区不在本单位所在地区范围内");
		}
		int shownYear = year(year);
		if (shownYear < 2000 || shownYear > clock.today().getYear() + 1) {
			throw new InvalidInputException("年度应在 2000 年至 " + (clock.today().getYear() + 1) + " 年之间");
		}
		Map<String, Object> values = sight.parameters();
		values.put("region", shown.code().value() + "%");
		values.put("len", shown.level().below().map(RegionLevel::codeLength).orElse(shown.code().value().length()));
		values.put("year", shownYear);
		Map<String, String> names = new HashMap<>();
		directory.children(shown.code()).forEach(r -> names.put(r.code().value(), r.name()));
		names.put(shown.code().value(), shown.name());
		List<Line> byRegion = lines("substr(a.region_code, 1, :len)", sight, values);
		return new Figures(shown.code().value(), shown.name(), shownYear,
				byRegion.stream().map(l -> l.named(names.getOrDefault(l.key(), l.key()))).toList(),
				lines("a.stage", sight, values), lines("a.basis", sight, values),
				new Line("", "", byRegion.stream().mapToInt(Line::applications).sum(),
						byRegion.stream().mapToInt(Line::admitted).sum(), byRegion.stream().mapToInt(Line::refused).sum(),
						byRegion.stream().mapToInt(Line::open).sum()));
	}

	/** Counts grouped by one of three fixed expressions above, never by text from a request. */
	private List<Line> lines(String key, ApplicationReader.Sight sight, Map<String, Object> values) {
		return jdbc.sql("select " + key + " as k, " + COUNTS + " from schooling.application a where " + sight.condition()
				+ " and a.region_code like :region and a.term_year = :year group by 1 order by 1")
			.params(values)
			.query((rs, i) -> new Line(rs.getString("k"), rs.getString("k"), rs.getInt("applications"),
					rs.getInt("admitted"), rs.getInt("refused"), rs.getInt("open")))
			.list();
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

	/** A region's figures for a year: by subregion, by stage (key a {@link Stage}), by basis (a {@link Basis}). */
	public record Figures(String regionCode, String regionName, int year, List<Line> byRegion, List<Line> byStage,
			List<Line> byBasis, Line total) {
	}

	/** One line: {@code key} is a region code, a stage or a basis; {@code name} the region's name or the key. */
	public record Line(String key, String name, int applications, int admitted, int refused, int open) {

		Line named(String regionName) {
			return new Line(key, regionName, applications, admitted, refused, open);
		}
	}
}

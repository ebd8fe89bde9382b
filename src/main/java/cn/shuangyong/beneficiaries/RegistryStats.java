package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts by category and region for the dashboard and the stats API. Every level is read from the roll-ups the
 * triggers keep: the province, prefectures and counties from the per-county ones, a county's townships, a township and
 * a village from the per-place ones (a few hundred rows at most, whatever the registry's size). Categories are counted
 * in the set in force on the business date: a 2019 复员军人 counts as a 2024 退役军人.
 */
@Service
@Transactional(readOnly = true)
public class RegistryStats {

	private final JdbcClient jdbc;

	private final CategoryCatalogue catalogue;

	private final BusinessClock clock;

	private final Directory directory;

	RegistryStats(JdbcClient jdbc, CategoryCatalogue catalogue, BusinessClock clock, Directory directory) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
		this.directory = directory;
	}

	public BeneficiaryStats of(String regionText, CurrentUser user) {
		RegistryAccess.require(user, RegistryAccess.READ, "查看优抚对象统计");
		String code = regionText == null || regionText.isBlank() ? user.regionCode()
				: ScopedQuery.region(regionText, user);
		if (!user.covers(code)) {
			throw new NotFoundException("行政区划 " + code + " 不在您的数据范围内");
		}
		Region region = directory.region(new RegionCode(code))
			.orElseThrow(() -> new NotFoundException("行政区划 " + code + " 不存在"));
		Map<String, Long> raw = categories(code);
		long[] totals = totals(code);
		return new BeneficiaryStats(code, region.name(), clock.today(), byCategory(raw), totals[0], totals[1],
				children(region));
	}

	private List<BeneficiaryStats.CategoryCount> byCategory(Map<String, Long> raw) {
		LocalDate date = clock.today();
		Map<String, Long> counted = new LinkedHashMap<>();
		catalogue.inForceOn(date).forEach(c -> counted.put(c.code(), 0L));
		// a code the catalogue does not know (data older than a change of the catalogue) is counted as it stands,
		// under its own code, rather than failing every figure of the region
		raw.forEach((code, people) -> counted.merge(
				catalogue.byCode(code).isPresent() ? catalogue.countedAs(code, date).code() : code, people, Long::sum));
		return counted.entrySet().stream().map(e -> new BeneficiaryStats.CategoryCount(e.getKey(),
				catalogue.label(e.getKey()), e.getValue())).toList();
	}

	private List<BeneficiaryStats.RegionCount> children(Region region) {
		List<Region> children = directory.children(region.code());
		if (children.isEmpty()) {
			return List.of();
		}
		RegionLevel level = RegionLevel.ofCode(children.get(0).code().value());
		int length = level.codeLength();
		String sql = level.compareTo(RegionLevel.COUNTY) <= 0 ? """
				select left(county_code, :len) code, sum(people) people, sum(households) households
				from beneficiaries.county_total where county_code like :scope group by 1"""
				: """
				select left(region_code, :len) code, sum(people) people, sum(households) households
				from beneficiaries.place_total where region_code like :scope group by 1""";
		Map<String, long[]> counts = new HashMap<>();
		new DataScope(region.code().value()).bind(jdbc.sql(sql)).param("len", length)
			.query(rs -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return children.stream().map(c -> {
			long[] n = counts.getOrDefault(c.code().value(), new long[2]);
			return new BeneficiaryStats.RegionCount(c.code().value(), c.name(), n[0], n[1]);
		}).toList();
	}

	/** Per county down to a county; per place (village, township) below it. */
	private Map<String, Long> categories(String code) {
		String table = countyRollUp(code) ? "beneficiaries.person_count where county_code"
				: "beneficiaries.place_count where region_code";
		Map<String, Long> raw = new HashMap<>();
		new DataScope(code).bind(jdbc.sql("select category, sum(people) from " + table + " like :scope group by 1"))
			.query(rs -> {
				raw.put(rs.getString(1), rs.getLong(2));
			});
		return raw;
	}

	/** Households are counted where their head lives, at every level. */
	private long[] totals(String code) {
		String table = countyRollUp(code) ? "beneficiaries.county_total where county_code"
				: "beneficiaries.place_total where region_code";
		return new DataScope(code)
			.bind(jdbc.sql("select coalesce(sum(people), 0), coalesce(sum(households), 0) from " + table + " like :scope"))
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** Down to a county the per-county roll-ups hold the figures; below it, the per-place ones. */
	private static boolean countyRollUp(String code) {
		return RegionLevel.ofCode(code).compareTo(RegionLevel.COUNTY) <= 0;
	}
}

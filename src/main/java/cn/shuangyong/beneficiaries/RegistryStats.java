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
import cn.shuangyong.shared.NotFoundException;
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
		raw.forEach((code, people) -> counted.merge(catalogue.countedAs(code, date).code(), people, Long::sum));
		return counted.entrySet().stream().map(e -> new BeneficiaryStats.CategoryCount(e.getKey(),
				catalogue.byCode(e.getKey()).orElseThrow().label(), e.getValue())).toList();
	}

	private List<BeneficiaryStats.RegionCount> children(Region region) {
		List<Region> children = directory.children(region.code());
		if (children.isEmpty()) {
			return List.of();
		}
		int length = children.get(0).code().value().length();
		String sql = length <= 6 ? """
				select left(county_code, :len) code, sum(people) people, sum(households) households
				from beneficiaries.county_total where county_code like :like group by 1"""
				: """
				select left(region_code, :len) code, sum(people) people, sum(households) households
				from beneficiaries.place_total where region_code like :like group by 1""";
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql(sql).param("len", length).param("like", region.code().value() + "%")
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
		String table = code.length() <= 6 ? "beneficiaries.person_count where county_code"
				: "beneficiaries.place_count where region_code";
		Map<String, Long> raw = new HashMap<>();
		jdbc.sql("select category, sum(people) from " + table + " like :like group by 1")
			.param("like", code + "%").query(rs -> {
				raw.put(rs.getString(1), rs.getLong(2));
			});
		return raw;
	}

	/** Households are counted where their head lives, at every level. */
	private long[] totals(String code) {
		String table = code.length() <= 6 ? "beneficiaries.county_total where county_code"
				: "beneficiaries.place_total where region_code";
		return jdbc.sql("select coalesce(sum(people), 0), coalesce(sum(households), 0) from " + table + " like :like")
			.param("like", code + "%").query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}
}

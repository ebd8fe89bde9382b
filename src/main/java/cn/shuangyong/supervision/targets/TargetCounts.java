package cn.shuangyong.supervision.targets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an item's targets by prefecture: for each reporting unit its latest figure for a target (figures are the
 * unit's count so far, so reporting twice does not count twice, on one task or on two tasks of the same item), summed
 * over the units of each prefecture below the issuing office, against what is required. Units above the prefectures
 * (provincial departments) are counted apart, since they belong to none. A target another module tallies
 * ({@link TargetTally}) is counted from that module's records instead of from figures.
 */
@Service
@Transactional(readOnly = true)
public class TargetCounts {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Targets targets;

	private final Tallies tallies;

	TargetCounts(JdbcClient jdbc, Directory directory, Targets targets, Tallies tallies) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.targets = targets;
		this.tallies = tallies;
	}

	/** One count against what is required. */
	public record Cell(int counted, int required) {

		public boolean met() {
			return counted >= required;
		}
	}

	/** One prefecture's counts, in the order of the targets. */
	public record Row(String regionCode, String regionName, List<Cell> cells) {

		public boolean allMet() {
			return cells.stream().allMatch(Cell::met);
		}
	}

	/** The whole table: per-prefecture rows, the totals, and the figures of units above the prefectures. */
	public record Table(List<Target> targets, List<Row> rows, List<Integer> totals, List<Integer> unplaced,
			long prefecturesMet) {
	}

	public Table of(long itemId, String issuerRegion) {
		List<Target> list = targets.ofItem(itemId);
		Map<Long, Map<Long, Integer>> latest = latestFigures(itemId);
		// a target another module tallies (accepted works) is counted from its records, not from typed figures
		list.forEach(t -> tallies.count(t).ifPresent(byUnit -> latest.put(t.id(), byUnit)));
		Map<Long, Unit> units = new HashMap<>();
		directory.units(latest.values().stream().flatMap(m -> m.keySet().stream()).distinct().map(UnitId::new).toList())
			.forEach(u -> units.put(u.id().value(), u));
		RegionCode issuer = new RegionCode(issuerRegion);
		List<Region> prefectures = directory.children(issuer);
		List<Row> rows = new ArrayList<>();
		List<Integer> totals = new ArrayList<>();
		List<Integer> unplaced = new ArrayList<>();
		for (Target target : list) {
			totals.add(latest.getOrDefault(target.id(), Map.of()).values().stream().mapToInt(Integer::intValue).sum());
			unplaced.add(sumWhere(latest.get(target.id()), units, code -> !code.level().isBelow(issuer.level())));
		}
		for (Region prefecture : prefectures) {
			String code = prefecture.code().value();
			List<Cell> cells = list.stream()
				.map(t -> new Cell(sumWhere(latest.get(t.id()), units, prefecture.code()::contains),
						t.perPrefecture() ? t.required() : 0))
				.toList();
			rows.add(new Row(code, prefecture.name(), cells));
		}
		return new Table(list, rows, totals, unplaced, rows.stream().filter(Row::allMet).count());
	}

	private static int sumWhere(Map<Long, Integer> byUnit, Map<Long, Unit> units,
			java.util.function.Predicate<RegionCode> region) {
		if (byUnit == null) {
			return 0;
		}
		return byUnit.entrySet().stream()
			.filter(e -> units.containsKey(e.getKey()) && region.test(units.get(e.getKey()).regionCode()))
			.mapToInt(Map.Entry::getValue).sum();
	}

	/** target id → unit id → that unit's latest figure, over all tasks of the item. */
	private Map<Long, Map<Long, Integer>> latestFigures(long itemId) {
		Map<Long, Map<Long, Integer>> latest = new HashMap<>();
		jdbc.sql("""
				select target_id, unit_id, value from (
				  select f.target_id, r.unit_id, f.value,
				    row_number() over (partition by f.target_id, r.unit_id order by r.created_at desc, r.id desc) as n
				  from supervision.report_figure f
				  join supervision.progress_report r on r.id = f.report_id
				  join supervision.task t on t.id = r.task_id
				  where t.item_id = :item) latest
				where n = 1""")
			.param("item", itemId)
			.query(rs -> {
				latest.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
			});
		return latest;
	}
}

package cn.shuangyong.priority;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The compliance of spot-checked items: by sector, by region and by checklist item, the share of findings that passed,
 * and the items that failed most often. Counted from findings, so a finding later put right still counts as failed at inspection.
 */
public record ComplianceFigures(List<Rate> bySector, List<Rate> byRegion, List<Rate> byItem, List<Rate> mostFailed) {

	/** Of {@code checked} findings under one heading, {@code passed} passed. */
	public record Rate(String key, long checked, long passed) {

		public long failed() {
			return checked - passed;
		}

		/** The share that passed, in whole percent (rounded half up); 0 with nothing checked. */
		public int percent() {
			return checked == 0 ? 0 : (int) ((passed * 200 + checked) / (checked * 2));
		}
	}

	public static ComplianceFigures of(List<Finding> findings) {
		List<Rate> items = rates(findings, f -> f.itemText()).stream().filter(r -> r.failed() > 0)
			.sorted(Comparator.comparingLong(Rate::failed).reversed().thenComparing(Rate::key)).limit(5).toList();
		return new ComplianceFigures(rates(findings, f -> f.sector().name()), rates(findings, Finding::regionCode),
				rates(findings, Finding::itemText), items);
	}

	private static List<Rate> rates(List<Finding> findings, Function<Finding, String> key) {
		Map<String, List<Finding>> grouped = findings.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
		return grouped.entrySet().stream().map(e -> new Rate(e.getKey(), e.getValue().size(),
				e.getValue().stream().filter(Finding::passed).count())).toList();
	}
}

package cn.shuangyong.supervision.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.documents.reading.QuantitativeTarget;
import cn.shuangyong.documents.reading.TargetCount;
import cn.shuangyong.documents.reading.TargetScope;
import cn.shuangyong.shared.RegionLevel;

/**
 * The targets a plan states (as the notice reader found them), in the form supervision counts: a whole number of
 * things in a measure word, required either of each region one level below the issuing office (the rows of the
 * counting table: the prefectures of a provincial plan, the counties of a prefecture's) or of the whole area in
 * total. A target the table cannot count (a rate, an amount of money or area, a minimum for each county in a
 * provincial plan, for each unit) is left to the issuing office to set by hand, so nothing is counted wrongly.
 */
final class StatedTargets {

	private static final Set<String> NOT_COUNTS = Set.of("%", "百分点", "个百分点", "元", "万元", "亿元", "万人", "平方米",
			"㎡", "米", "公里");

	private StatedTargets() {
	}

	/** The drafts of the stated targets of an item of a plan issued at {@code issuerLevel}. */
	static List<Target.Draft> of(List<QuantitativeTarget> stated, RegionLevel issuerLevel) {
		Optional<String> rows = rowLevel(issuerLevel);
		List<Target.Draft> drafts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (QuantitativeTarget target : stated) {
			TargetScope scope = target.scope();
			boolean perRow = rows.isPresent() && scope.name().equals(rows.get());
			if (!perRow && scope != TargetScope.TOTAL) {
				continue;
			}
			for (TargetCount count : target.counts()) {
				Integer required = wholeNumber(count.min());
				if (counted(count) && required != null && names.add(count.what().strip())) {
					drafts.add(new Target.Draft(count.what(), count.unit(), required, perRow));
				}
			}
		}
		return drafts;
	}

	private static boolean counted(TargetCount count) {
		return count.what() != null && !count.what().isBlank() && count.what().strip().length() <= 100
				&& count.unit() != null && !count.unit().isBlank() && count.unit().length() <= 20
				&& !NOT_COUNTS.contains(count.unit());
	}

	private static Integer wholeNumber(BigDecimal min) {
		if (min == null || min.signum() <= 0 || min.stripTrailingZeros().scale() > 0
				|| min.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
			return null;
		}
		return min.intValueExact();
	}

	private static Optional<String> rowLevel(RegionLevel issuerLevel) {
		RegionLevel[] levels = RegionLevel.values();
		int below = issuerLevel.ordinal() + 1;
		return below < levels.length ? Optional.of(levels[below].name()) : Optional.empty();
	}
}

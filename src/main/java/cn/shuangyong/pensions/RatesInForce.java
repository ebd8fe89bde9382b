package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what is in force on a day from the rates of every standard: for each key and layer, the rate of the
 * standard with the latest effective date not after the day. A standard that names only some keys leaves the others
 * as they were, so the 2019 category standard stays in force until a newer one names a category. A province's top-up
 * is added to the national amount of the same key.
 */
final class RatesInForce {

	private RatesInForce() {
	}

	static StandardsInForce on(LocalDate date, List<StoredRate> rates) {
		Map<String, StoredRate> national = latest(date, rates, StandardLayer.NATIONAL);
		Map<String, StoredRate> topUps = latest(date, rates, StandardLayer.TOP_UP);
		List<DisabilityRate> disability = new ArrayList<>();
		List<CategoryRate> categories = new ArrayList<>();
		national.values().stream().sorted(Comparator.comparing(RatesInForce::order)).forEach(rate -> {
			BigDecimal topUp = topUps.containsKey(rate.key()) ? topUps.get(rate.key()).amount() : BigDecimal.ZERO;
			BigDecimal amount = rate.amount().add(topUp).setScale(2);
			if (rate.category() == null) {
				disability.add(new DisabilityRate(rate.grade(), rate.nature(), amount, rate.amount().setScale(2),
						topUp.setScale(2), rate.effectiveOn(), rate.title(), rate.source(), rate.basis(),
						rate.unverified(), rate.note()));
			}
			else {
				categories.add(new CategoryRate(rate.category(), amount, rate.amount().setScale(2), topUp.setScale(2),
						rate.effectiveOn(), rate.title(), rate.source(), rate.basis(), rate.unverified(), rate.note()));
			}
		});
		List<PensionCategory> missing = Arrays.stream(PensionCategory.values())
			.filter(c -> categories.stream().noneMatch(r -> r.category() == c)).toList();
		return new StandardsInForce(date, List.copyOf(disability), List.copyOf(categories), missing);
	}

	private static Map<String, StoredRate> latest(LocalDate date, List<StoredRate> rates, StandardLayer layer) {
		Map<String, StoredRate> latest = new LinkedHashMap<>();
		for (StoredRate rate : rates) {
			if (rate.layer() != layer || rate.effectiveOn().isAfter(date)) {
				continue;
			}
			latest.merge(rate.key(), rate, (kept, other) -> other.effectiveOn().isAfter(kept.effectiveOn()) ? other : kept);
		}
		return latest;
	}

	/** Disability rates by grade, then 因战, 因公, 因病; then the categories in their order. */
	private static int order(StoredRate rate) {
		return rate.category() != null ? 1000 + rate.category().ordinal() : rate.grade() * 10 + rate.nature().ordinal();
	}
}

package cn.shuangyong.placement.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The order of choice: holders of the 八一勋章 or an individual honour title first, without a score (2018 暂行办法),
 * then by score, highest first, equal scores by the round's tie-break; the order of registration settles what is
 * still equal, so every soldier has a rank of their own.
 */
public record Ranking(List<TieBreak> tieBreaks) {

	public Ranking {
		tieBreaks = List.copyOf(tieBreaks);
	}

	public static Ranking byDefault() {
		return new Ranking(List.of(TieBreak.LONGER_SERVICE, TieBreak.OLDER));
	}

	/** Reads a stored tie-break such as {@code LONGER_SERVICE,OLDER}. */
	public static Ranking parse(String stored) {
		List<TieBreak> breaks = new ArrayList<>();
		for (String part : stored.split(",")) {
			if (!part.isBlank()) {
				breaks.add(TieBreak.valueOf(part.strip()));
			}
		}
		return new Ranking(breaks);
	}

	public String stored() {
		return String.join(",", tieBreaks.stream().map(Enum::name).toList());
	}

	/** The rank of each contender by id, 1 for the first. */
	public Map<Long, Integer> rank(List<Contender> contenders) {
		List<String> unscored = contenders.stream().filter(c -> !c.honour() && c.score() == null)
			.map(c -> "编号 " + c.id()).toList();
		if (!unscored.isEmpty()) {
			throw new InvalidInputException("以下人员尚未评分，不能排序：" + String.join("、", unscored));
		}
		List<Contender> ordered = new ArrayList<>(contenders);
		ordered.sort(order());
		Map<Long, Integer> ranks = new LinkedHashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			ranks.put(ordered.get(i).id(), i + 1);
		}
		return ranks;
	}

	private Comparator<Contender> order() {
		Comparator<Contender> order = Comparator.comparing((Contender c) -> !c.honour());
		order = order.thenComparing(c -> c.honour() ? BigDecimal.ZERO : c.score(), Comparator.reverseOrder());
		for (TieBreak tieBreak : tieBreaks) {
			order = switch (tieBreak) {
				case LONGER_SERVICE -> order.thenComparing(Contender::serviceDays, Comparator.reverseOrder());
				case OLDER -> order.thenComparing(Contender::born);
			};
		}
		return order.thenComparing(Contender::id);
	}
}

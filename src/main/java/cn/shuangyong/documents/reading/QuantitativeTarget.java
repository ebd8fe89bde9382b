package cn.shuangyong.documents.reading;

import java.util.List;

/**
 * A quantitative target as written (各县…各不少于2篇（部）): the clause, the level each count applies to
 * ({@code per} as written, null when the clause names none) and the minimum counts.
 */
public record QuantitativeTarget(String text, String per, List<TargetCount> counts) {

	public QuantitativeTarget {
		counts = List.copyOf(counts);
	}

	/** Whom each minimum binds: each prefecture, each county, … or the whole area in total. */
	public TargetScope scope() {
		return TargetScope.of(per);
	}
}

package cn.shuangyong.pensions;

import java.time.LocalDate;
import java.util.List;

/**
 * What is paid on a day: one disability rate per (grade, nature), 26 in all, and one rate per category that has a
 * standard; {@code missing} names the categories that no standard in force covers yet.
 */
public record StandardsInForce(LocalDate date, List<DisabilityRate> disability, List<CategoryRate> categories,
		List<PensionCategory> missing) {

	/** True when a figure in force is not a published one, or its year is inferred: the page says so. */
	public boolean anyUnverified() {
		return disability.stream().anyMatch(DisabilityRate::unverified)
				|| categories.stream().anyMatch(CategoryRate::unverified);
	}
}

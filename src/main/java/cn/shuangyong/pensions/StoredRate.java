package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One rate of one published standard, as stored. Either a disability rate or a category rate. */
record StoredRate(StandardLayer layer, LocalDate effectiveOn, String title, String source, Integer grade,
		DisabilityNature nature, PensionCategory category, BigDecimal amount, RateBasis basis, boolean unverified,
		String note) {

	/** What the rate is for: the same key in a later standard replaces it. */
	String key() {
		return category != null ? category.name() : grade + "/" + nature.name();
	}
}

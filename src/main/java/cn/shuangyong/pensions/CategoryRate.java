package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The yearly periodic pension or living allowance in force for a category (per year served for 农村籍老义务兵): the
 * national amount plus any province top-up, with the standard it comes from.
 */
public record CategoryRate(PensionCategory category, BigDecimal amountPerYear, BigDecimal national,
		BigDecimal topUp, LocalDate effectiveOn, String standardTitle, String source, RateBasis basis,
		boolean unverified, String note) {
}

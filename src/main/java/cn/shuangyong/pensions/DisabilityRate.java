package cn.shuangyong.pensions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The yearly disability pension in force for a grade and nature: the national amount plus any province top-up, with
 * the standard it comes from and how firm the national figure is.
 */
public record DisabilityRate(int grade, DisabilityNature nature, BigDecimal amountPerYear, BigDecimal national,
		BigDecimal topUp, LocalDate effectiveOn, String standardTitle, String source, RateBasis basis,
		boolean unverified, String note) {
}

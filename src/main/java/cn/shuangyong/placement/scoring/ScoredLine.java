package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;

/** A checked line of a score sheet: the claim with the points the method gives it. */
public record ScoredLine(ScoringItem item, BigDecimal quantity, BigDecimal points, String evidenceFile,
		String evidenceDocNo) {
}

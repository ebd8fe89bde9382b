package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A soldier's score sheet under one method: every line with its points and evidence, and the total. */
public record ScoreSheet(ScoringMethod method, List<ScoredLine> lines) {

	public ScoreSheet {
		lines = List.copyOf(lines);
	}

	public BigDecimal total() {
		return lines.stream().map(ScoredLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}

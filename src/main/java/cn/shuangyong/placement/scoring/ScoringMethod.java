package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A scoring method as published, a version of its own: the items and their points, and the discharge dates it applies
 * to. Years of service are scored in two tiers: up to the first item's cap at its points, the years beyond at the
 * beyond-item's; a sheet claims the whole years under {@value #SERVICE}.
 */
public record ScoringMethod(int id, String versionLabel, String title, String source, LocalDate appliesFrom,
		LocalDate appliesUntil, List<ScoringItem> items) {

	public static final String SERVICE = "SERVICE";

	public static final String SERVICE_BEYOND = "SERVICE_BEYOND_12";

	public ScoringMethod {
		items = List.copyOf(items);
	}

	public boolean appliesTo(LocalDate discharged) {
		return !discharged.isBefore(appliesFrom) && (appliesUntil == null || !discharged.isAfter(appliesUntil));
	}

	public Optional<ScoringItem> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}

	/** The items whose values the province has still to set. */
	public List<ScoringItem> unsettled() {
		return items.stream().filter(i -> !i.settled()).toList();
	}

	/** Scores the claims; refuses an unknown item, one claimed twice, one without a value yet, a wrong quantity. */
	public ScoreSheet score(List<ScoreClaim> claims) {
		List<String> problems = new ArrayList<>();
		List<ScoredLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ScoreClaim claim : claims) {
			Optional<ScoringItem> found = item(claim.itemCode());
			if (found.isEmpty() || SERVICE_BEYOND.equals(claim.itemCode())) {
				problems.add(found.isEmpty() ? "评分办法「" + versionLabel + "」没有评分项目「" + claim.itemCode() + "」"
						: "超过12年的服役年限计入「服役年限」一项，按总年限填写");
				continue;
			}
			ScoringItem item = found.get();
			if (!seen.add(item.code())) {
				problems.add("评分项目「" + item.label() + "」重复填写");
				continue;
			}
			try {
				lines.add(new ScoredLine(item, claim.quantity(), points(item, claim.quantity()), claim.evidenceFile(),
						claim.evidenceDocNo()));
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ScoreSheet(this, lines);
	}

	private BigDecimal points(ScoringItem item, BigDecimal quantity) {
		if (item.unit() == ItemUnit.YEAR && quantity.remainder(new BigDecimal("0.5")).signum() != 0) {
			refuse("「" + item.label() + "」按年计，应为0.5年的整数倍：" + quantity.stripTrailingZeros().toPlainString());
		}
		if (item.unit() != ItemUnit.YEAR && item.unit() != ItemUnit.MONTH && quantity.stripTrailingZeros().scale() > 0) {
			refuse("「" + item.label() + "」按" + item.unit().chinese() + "计，应为整数");
		}
		if (item.unit() == ItemUnit.ONCE && quantity.compareTo(BigDecimal.ONE) != 0) {
			refuse("「" + item.label() + "」只计一项，数量应为1");
		}
		if (SERVICE.equals(item.code())) {
			return serviceScore(item, quantity);
		}
		return settled(item).multiply(quantity);
	}

	private BigDecimal serviceScore(ScoringItem first, BigDecimal years) {
		if (first.capYears() == null) {
			return settled(first).multiply(years);
		}
		BigDecimal cap = BigDecimal.valueOf(first.capYears());
		BigDecimal within = years.min(cap);
		BigDecimal beyond = years.subtract(cap).max(BigDecimal.ZERO);
		BigDecimal points = settled(first).multiply(within);
		if (beyond.signum() > 0) {
			ScoringItem next = item(SERVICE_BEYOND)
				.orElseThrow(() -> new IllegalStateException("评分办法缺少超过12年部分的服役年限项目"));
			points = points.add(settled(next).multiply(beyond));
		}
		return points;
	}

	private BigDecimal settled(ScoringItem item) {
		if (!item.settled()) {
			refuse("评分办法「" + versionLabel + "」中「" + item.label() + "」的分值尚待省级确定，暂不能按此项评分");
		}
		return item.points();
	}

	private static void refuse(String problem) {
		throw new InvalidInputException(problem);
	}
}

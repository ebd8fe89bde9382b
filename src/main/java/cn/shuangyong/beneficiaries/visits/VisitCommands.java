package cn.shuangyong.beneficiaries.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What users ask of campaigns and visits. */
public final class VisitCommands {

	private VisitCommands() {
	}

	/** Open a campaign for a festival of a year in a region, with its target rule and the standard gift. */
	public record OpenCampaign(String kind, Integer year, String regionCode, List<String> categories, Integer minAge,
			Integer maxAge, Integer maxGrade, String targetRegion, BigDecimal moneyStandard, String goodsStandard) {
	}

	/** A visit made: when, by whom, what was given (money in yuan, goods in words). */
	public record RecordVisit(LocalDate visitedOn, String visitors, BigDecimal money, String goods, String note) {
	}
}

package cn.shuangyong.beneficiaries.visits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A campaign as pages and rosters show it. */
public record CampaignView(long id, CampaignKind kind, int year, String regionCode, String title, LocalDate festivalOn,
		LocalDate visitBy, TargetRule rule, BigDecimal moneyStandard, String goodsStandard, boolean drawn) {
}

package cn.shuangyong.beneficiaries.honours.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.shuangyong.beneficiaries.visits.CampaignView;
import cn.shuangyong.beneficiaries.visits.TargetRule;
import org.springframework.context.MessageSource;

/**
 * A campaign's rule as one sentence an official reads ("对象：退役军人，年龄 60 岁以上，住在楚雄州。…"): bounds that
 * are not set are left out rather than shown as "-", and the region is named, not coded.
 */
final class RuleSentence {

	private RuleSentence() {
	}

	static String of(CampaignView campaign, String categories, String regionName, MessageSource texts, Locale locale) {
		TargetRule rule = campaign.rule();
		List<String> parts = new ArrayList<>();
		parts.add(texts.getMessage("honours.campaign.rule.categories", new Object[] { categories }, locale));
		if (rule.minAge() != null && rule.maxAge() != null) {
			parts.add(texts.getMessage("honours.campaign.rule.ageBetween", new Object[] { rule.minAge(), rule.maxAge() },
					locale));
		}
		else if (rule.minAge() != null) {
			parts.add(texts.getMessage("honours.campaign.rule.ageFrom", new Object[] { rule.minAge() }, locale));
		}
		else if (rule.maxAge() != null) {
			parts.add(texts.getMessage("honours.campaign.rule.ageTo", new Object[] { rule.maxAge() }, locale));
		}
		if (rule.maxGrade() != null) {
			parts.add(texts.getMessage("honours.campaign.rule.grade", new Object[] { rule.maxGrade() }, locale));
		}
		if (regionName != null && !regionName.isBlank()) {
			parts.add(texts.getMessage("honours.campaign.rule.region", new Object[] { regionName }, locale));
		}
		return String.join(texts.getMessage("honours.campaign.rule.separator", null, locale), parts)
				+ texts.getMessage("honours.campaign.rule.standard",
						new Object[] { campaign.moneyStandard().toPlainString(), campaign.goodsStandard() }, locale);
	}
}

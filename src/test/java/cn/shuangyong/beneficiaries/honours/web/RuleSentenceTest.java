package cn.shuangyong.beneficiaries.honours.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.shuangyong.beneficiaries.visits.CampaignKind;
import cn.shuangyong.beneficiaries.visits.CampaignView;
import cn.shuangyong.beneficiaries.visits.TargetRule;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSentenceTest {

	private static final ResourceBundleMessageSource TEXTS = new ResourceBundleMessageSource();

	static {
		TEXTS.setBasename("i18n/honours");
		TEXTS.setDefaultEncoding("UTF-8");
		TEXTS.setFallbackToSystemLocale(false);
	}

	@Test
	void readsALowerAgeBoundAndANamedRegionAsASentenceAndLeavesOutWhatIsNotSet() {
		String sentence = RuleSentence.of(campaign(new TargetRule(List.of("VETERAN"), 60, null, null, "5323")), "退役军人",
				"楚雄彝族自治州", TEXTS, Locale.SIMPLIFIED_CHINESE);
		assertThat(sentence).isEqualTo("走访对象：退役军人，年龄 60 岁以上，住在楚雄彝族自治州。慰问金标准 500 元，慰问品：米、油。")
			.doesNotContain("-", "5323");
	}

	@Test
	void namesBothAgeBoundsAndTheGrade() {
		assertThat(RuleSentence.of(campaign(new TargetRule(List.of("DISABLED"), 18, 80, 4, null)), "残疾军人", null, TEXTS,
				Locale.SIMPLIFIED_CHINESE)).startsWith("走访对象：残疾军人，年龄 18 至 80 岁，残疾等级不高于 4 级。");
	}

	private static CampaignView campaign(TargetRule rule) {
		return new CampaignView(1, CampaignKind.values()[0], 2020, "5323", "春节走访", LocalDate.of(2020, 1, 25),
				LocalDate.of(2020, 1, 20), rule, new BigDecimal("500"), "米、油", false);
	}
}

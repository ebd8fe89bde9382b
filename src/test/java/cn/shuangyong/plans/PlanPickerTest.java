package cn.shuangyong.plans;

import java.util.List;
import java.util.Locale;

import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan picker's options: grouped by level, the chosen plan selected, every text escaped. */
class PlanPickerTest {

	private final PlanPicker picker = new PlanPicker(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void groupsThePlansAndSelectsTheChosenOne() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		String html = picker.options(PlanGroup.byLevel(List.of(plan(1, "53", "云拥办〔2020〕1号", "要点"),
				plan(7, "5323", "楚拥办〔2020〕3号", "转发要点"))), 7L);
		assertThat(html).isEqualTo("<optgroup label=\"省级要点\"><option value=\"1\">云拥办〔2020〕1号 要点</option></optgroup>"
				+ "<optgroup label=\"州（市）级要点\"><option value=\"7\" selected=\"selected\">楚拥办〔2020〕3号 转发要点</option>"
				+ "</optgroup>");
	}

	@Test
	void escapesTitlesAndLeavesOutAMissingNumber() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		String html = picker.options(PlanGroup.byLevel(List.of(plan(2, "53", null, "<b>\"要点\" & 附件</b>"))), null);
		assertThat(html).contains("<option value=\"2\">&lt;b&gt;&quot;要点&quot; &amp; 附件&lt;/b&gt;</option>")
			.doesNotContain("selected").doesNotContain("null");
	}

	@Test
	void namesTheGroupsInTheUsersLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(picker.options(PlanGroup.byLevel(List.of(plan(3, "532301", "x", "y"))), 3L))
			.startsWith("<optgroup label=\"County plans\">");
		assertThat(picker.options(List.of(), 3L)).isEmpty();
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("plans.group", Locale.SIMPLIFIED_CHINESE, "{0}级要点");
		messages.addMessage("plans.group", Locale.ENGLISH, "{0} plans");
		for (RegionLevel level : RegionLevel.values()) {
			messages.addMessage(level.messageKey(), Locale.SIMPLIFIED_CHINESE, switch (level) {
				case PROVINCE -> "省";
				case PREFECTURE -> "州（市）";
				default -> level.name();
			});
			messages.addMessage(level.messageKey(), Locale.ENGLISH, level == RegionLevel.COUNTY ? "County" : level.name());
		}
		return messages;
	}

	private static PlanSummary plan(long id, String region, String number, String title) {
		return new PlanSummary(id, title, 2020, 1, "双拥办", number, region, null, id, null);
	}
}

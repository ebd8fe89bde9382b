package cn.shuangyong.plans;

import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The options of a plan picker, grouped by the level of the issuing office, with the chosen plan selected. A provincial
 * office picks among some hundred and fifty plans on every board and dashboard request; they are written here, once
 * per request in a few microseconds, instead of by a template loop that evaluated three expressions per option (issue
 * 23, docs/benchmarks.md). Pages put the result in their model and insert it with {@code th:utext}: every text is
 * escaped here.
 */
@Component
public class PlanPicker {

	private final MessageSource messages;

	public PlanPicker(MessageSource messages) {
		this.messages = messages;
	}

	public String options(List<PlanGroup> groups, Long selected) {
		StringBuilder html = new StringBuilder(groups.stream().mapToInt(g -> g.plans().size()).sum() * 80);
		for (PlanGroup group : groups) {
			String level = messages.getMessage(group.level().messageKey(), null, LocaleContextHolder.getLocale());
			String label = messages.getMessage("plans.group", new Object[] { level }, LocaleContextHolder.getLocale());
			html.append("<optgroup label=\"").append(HtmlUtils.htmlEscape(label)).append("\">");
			for (PlanSummary plan : group.plans()) {
				html.append("<option value=\"").append(plan.id()).append('"');
				if (Objects.equals(selected, plan.id())) {
					html.append(" selected=\"selected\"");
				}
				html.append('>').append(HtmlUtils.htmlEscape(label(plan))).append("</option>");
			}
			html.append("</optgroup>");
		}
		return html.toString();
	}

	private static String label(PlanSummary plan) {
		return plan.docNumber() == null ? plan.title() : plan.docNumber() + " " + plan.title();
	}
}

package cn.shuangyong.documents.reading;

import java.util.List;

/** The plan's title, the year it covers (null when the notice does not say) and its section headings in order. */
public record WorkPlanDraft(String title, Integer year, List<String> sections) {

	public WorkPlanDraft {
		sections = List.copyOf(sections);
	}
}

package cn.shuangyong.plans.web;

import java.util.Arrays;
import java.util.List;

import cn.shuangyong.documents.reading.CooperatorRole;
import cn.shuangyong.documents.reading.LeadMode;
import cn.shuangyong.documents.reading.WorkItemDraft;

/** A corrected item as the review form submits it; unit lists are written as documents write them, with 、. */
record ItemForm(String no, String section, String text, String leads, LeadMode leadMode, String cooperators,
		CooperatorRole cooperatorRole, String timeNodes) {

	static ItemForm of(WorkItemDraft item) {
		return new ItemForm(item.no(), item.section(), item.text(), String.join("、", item.leads()), item.leadMode(),
				String.join("、", item.cooperators()), item.cooperatorRole(), String.join("、", item.timeNodes()));
	}

	WorkItemDraft apply(WorkItemDraft original) {
		List<String> cooperatorList = list(cooperators);
		return new WorkItemDraft(blank(no) ? original.no() : no.strip(), blank(section) ? null : section.strip(),
				blank(text) ? original.text() : text.strip(), list(leads), leadMode, cooperatorList,
				cooperatorList.isEmpty() ? null : cooperatorRole == null ? CooperatorRole.COOPERATE : cooperatorRole,
				list(timeNodes), original.targets());
	}

	static List<String> list(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[、,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

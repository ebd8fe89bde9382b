package cn.shuangyong.duallist.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.duallist.DualList;
import cn.shuangyong.duallist.Entry;
import cn.shuangyong.shared.web.ApiLabels;
import org.springframework.stereotype.Component;

/** The double lists as the API writes them: each code (level, stage, side, kind, state) with its Chinese label. */
@Component
class DualListJson {

	private final ApiLabels labels;

	DualListJson(ApiLabels labels) {
		this.labels = labels;
	}

	ListJson list(DualList l) {
		return new ListJson(l.id(), l.regionCode(), l.level().name(), labels.of(l.level().messageKey()), l.year(),
				l.officeUnitId(), l.officeName(), l.stage().name(), labels.of(l.stage().messageKey()), l.publishedOn(),
				l.version());
	}

	EntryJson entry(Entry e) {
		return new EntryJson(e.id(), e.listId(), e.side().name(), labels.of(e.side().messageKey()), e.kind().name(),
				labels.of(e.kind().messageKey()), e.title(), e.description(), e.requestingUnit(), e.filedBy(),
				e.state().name(), labels.of(e.state().messageKey()), e.responsibleUnit(), e.cooperatingUnits(),
				e.deadline(), e.decisionNote(), e.taskId(), e.doneOn(), e.feedback(), e.satisfaction(), e.version());
	}

	record ListJson(long id, String regionCode, String level, String levelLabel, int year, long officeUnitId,
			String officeName, String stage, String stageLabel, LocalDate publishedOn, int version) {
	}

	record EntryJson(long id, long listId, String side, String sideLabel, String kind, String kindLabel, String title,
			String description, Entry.UnitRef requestingUnit, String filedBy, String state, String stateLabel,
			Entry.UnitRef responsibleUnit, List<Entry.UnitRef> cooperatingUnits, LocalDate deadline,
			String decisionNote, Long taskId, LocalDate doneOn, String feedback, Integer satisfaction, int version) {
	}

	record ListWithEntries(ListJson list, List<EntryJson> entries) {
	}
}

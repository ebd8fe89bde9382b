package cn.shuangyong.documents.reading;

import java.util.List;

/** Who an item names: lead phrases and how they lead, cooperating phrases and their role. */
record Assignment(List<String> leads, LeadMode leadMode, List<String> cooperators, CooperatorRole cooperatorRole) {

	static final Assignment NONE = new Assignment(List.of(), null, List.of(), null);

	Assignment {
		leads = List.copyOf(leads);
		cooperators = List.copyOf(cooperators);
		leadMode = leads.isEmpty() ? null : leadMode;
		cooperatorRole = cooperators.isEmpty() ? null : cooperatorRole;
	}

	boolean isEmpty() {
		return leads.isEmpty() && cooperators.isEmpty();
	}

	static LeadMode modeOf(List<String> leads, boolean separately) {
		if (separately) {
			return LeadMode.EACH;
		}
		return leads.size() > 1 ? LeadMode.JOINT : LeadMode.SINGLE;
	}

	static CooperatorRole roleOf(String verb) {
		return verb.startsWith("参") ? CooperatorRole.TAKE_PART : CooperatorRole.COOPERATE;
	}
}

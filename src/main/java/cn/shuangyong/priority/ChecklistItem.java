package cn.shuangyong.priority;

/**
 * One thing an inspector checks at a place, and the clause it rests on, so a finding can cite it. An item whose
 * clause the platform's sources do not give carries a note saying so and is unverified (待核实): it is kept, and
 * shown as such, rather than refused.
 */
public record ChecklistItem(long id, int position, String text, String clause, String clauseNote, boolean verified) {

	/** What a finding cites: the clause, or the note that there is none yet. */
	public String citation() {
		return clause != null ? clause : clauseNote;
	}
}

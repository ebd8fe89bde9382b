package cn.shuangyong.priority;

/**
 * A place as one campaign covers it: the checklist edition it is judged by, whether it was chosen for a spot check
 * (RANDOM from a draw, HAND by the office, null if not), and how many items its department has answered.
 */
public record CampaignPlace(Place place, long checklistId, String spotChosen, Long spotDrawId, int answered) {

	public boolean spotChecked() {
		return spotChosen != null;
	}
}

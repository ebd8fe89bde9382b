package cn.shuangyong.priority;

import java.time.LocalDate;

/**
 * What an inspector found at a place for one checklist item, with the clause it cites; a failed finding is put right
 * by its supervision task ({@code taskId}) by {@code rectifyBy}. Red when still open after that day.
 */
public record Finding(long id, long campaignId, long placeId, String placeName, Sector sector, String regionCode,
		long departmentUnitId, long itemId, String itemText, String citation, boolean verified, boolean passed,
		String note, String inspector, LocalDate foundOn, LocalDate rectifyBy, Long taskId, FindingState state,
		LocalDate rectifiedOn, int version) {

	public boolean overdueOn(LocalDate today) {
		return state == FindingState.OPEN && rectifyBy != null && today.isAfter(rectifyBy);
	}
}

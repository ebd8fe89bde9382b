package cn.shuangyong.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity as recorded (state HELD), or planned (PLANNED) and reported (REPORTED) before its report is accepted,
 * with the names of its kind, organiser and participating units for display.
 */
public record Activity(long id, ActivityKind kind, String title, LocalDate heldOn, String place, long organiserUnitId,
		String organiser, String regionCode, List<String> participatingUnits, String troops, int participants,
		String gifts, BigDecimal giftValue, List<String> links, Long itemId, int version,
		String state, LocalDate reportDue, String report) {
}

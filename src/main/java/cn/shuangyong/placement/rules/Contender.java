package cn.shuangyong.placement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What ranking reads of a soldier: an honour title (placed first, unscored), the score, service and birth dates. */
public record Contender(long id, boolean honour, BigDecimal score, LocalDate enlisted, LocalDate discharged,
		LocalDate born) {

	long serviceDays() {
		return discharged.toEpochDay() - enlisted.toEpochDay();
	}
}

package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

/**
 * A person died and left the registry ({@link Registry#recordDeath}). Their row is gone once this is published, so
 * the event carries what a neighbour needs to close its own records: household, region, categories and the dates.
 *
 * @param diedOn the date of death as recorded by the office
 * @param recordedOn the business date the death was entered
 */
public record PersonDied(long personId, long householdId, String regionCode, List<String> categories,
		Integer disabilityGrade, LocalDate diedOn, LocalDate recordedOn) {

	public PersonDied {
		categories = List.copyOf(categories);
	}
}

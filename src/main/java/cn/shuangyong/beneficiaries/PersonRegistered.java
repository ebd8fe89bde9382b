package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

/**
 * A person entered the registry, registered one by one. A bulk import announces itself once as {@link PeopleImported}.
 * Like every registry event it carries ids, region codes, category codes and dates, never a name, ID number or phone:
 * a listener that needs more reads the person through {@link PeopleQuery} under a user's scope.
 *
 * @param categories category codes as recorded ({@link CategoryCatalogue#countedAs} gives today's set)
 * @param disabilityGrade the grade of a disabled soldier (1 to 10), else null
 */
public record PersonRegistered(long personId, long householdId, String regionCode, List<String> categories,
		Integer disabilityGrade, LocalDate registeredOn) {

	public PersonRegistered {
		categories = List.copyOf(categories);
	}
}

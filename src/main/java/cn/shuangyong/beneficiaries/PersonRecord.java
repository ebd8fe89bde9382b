package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.privacy.Sex;

/**
 * A person as other modules and the pages read them: personal data only masked ({@code 530102********1234}); the
 * plaintext of one value comes only from {@link Disclosure}, which records why it was asked for.
 *
 * @param categories the category codes as recorded (see {@link CategoryCatalogue#countedAs} for today's set)
 * @param householdId the household, or 0 for a row written without one (by a bulk path)
 * @param version the optimistic-locking version an edit must name
 */
public record PersonRecord(long id, long householdId, boolean householdHead, String name, Sex sex,
		LocalDate birthDate, String idMasked, String phoneMasked, String addressMasked, String bankMasked,
		List<String> categories, Integer disabilityGrade, String regionCode, String countyCode, Long stationUnitId,
		int version) {

	public PersonRecord {
		categories = List.copyOf(categories);
	}
}

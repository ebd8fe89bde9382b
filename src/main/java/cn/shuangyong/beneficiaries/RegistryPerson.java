package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.privacy.Sex;

/**
 * A person as the registry gives them to a neighbour ({@link PeopleQuery}): what the neighbour's work needs to decide
 * about them, and their personal details only when the caller may read people. Values stay masked; a plaintext comes
 * only from {@link Disclosure#reveal}, one value at a time, with a recorded reason.
 *
 * @param categories category codes as recorded
 * @param disabilityGrade 1 to 10 for a disabled soldier, else null
 * @param personal name, sex, birth date and masked ID number; null when the caller lacks
 * {@code Permission.PERSONAL_DATA_READ}
 */
public record RegistryPerson(long personId, long householdId, String regionCode, String countyCode,
		Long stationUnitId, List<String> categories, Integer disabilityGrade, Personal personal) {

	public RegistryPerson {
		categories = List.copyOf(categories);
	}

	/** Personal data, shown masked; its {@code toString()} leaves the name and birth date out of logs. */
	public record Personal(String name, Sex sex, LocalDate birthDate, String idMasked) {

		@Override
		public String toString() {
			return "Personal[" + idMasked + "]";
		}
	}
}

package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

/**
 * A bulk import wrote people into the registry. It is published once per import, not once per person (an import
 * brings up to millions of rows): a neighbour that keeps its own view reads the region again through
 * {@link PeopleQuery}.
 *
 * @param regionCode the importing unit's region: every imported person lives under it
 * @param people how many people were written
 */
public record PeopleImported(long importJobId, String regionCode, int people, LocalDate importedOn) {
}

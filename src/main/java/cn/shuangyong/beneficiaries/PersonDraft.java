package cn.shuangyong.beneficiaries;

/**
 * A person as typed on a form or read from a row, before any rule is checked. Every field is text as entered;
 * {@link Registry} checks them all and names each problem.
 *
 * @param idNumber personal data: 18 characters (full-width digits, lowercase x and spaces are accepted)
 * @param phone personal data, optional: a mobile or a landline with area code
 * @param address personal data, optional: the current address
 * @param bankAccount personal data, optional: the account pensions are paid into
 * @param categories one or more categories, as labels, usual words (烈属、军属) or codes, separated by 、
 * @param disabilityGrade required for a disabled soldier, forbidden otherwise: 4, 4级, 四级 or Ⅳ
 * @param regionCode the township or village the person lives in (9 or 12 digits)
 */
public record PersonDraft(String name, String idNumber, String phone, String address, String bankAccount,
		String categories, String disabilityGrade, String regionCode) {

	@Override
	public String toString() {
		return "PersonDraft[region=" + regionCode + ", categories=" + categories + "]";
	}
}

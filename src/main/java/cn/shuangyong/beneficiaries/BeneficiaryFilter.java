package cn.shuangyong.beneficiaries;

/**
 * What a list, search or export asks for; a null or blank value leaves that filter out.
 *
 * @param region a region code at any level; must lie within the user's scope
 * @param category a category code or label of any set; a 2024 category also finds the 2019 ones it replaced
 * @param name the beginning of a name
 * @param idNumber personal data: a whole ID number, found through its lookup hash, never by a pattern
 */
public record BeneficiaryFilter(String region, String category, String name, String idNumber) {

	public static BeneficiaryFilter all() {
		return new BeneficiaryFilter(null, null, null, null);
	}

	@Override
	public String toString() {
		return "区划=" + blank(region) + "，类别=" + blank(category) + "，姓名=" + blank(name) + "，身份证号="
				+ (idNumber == null || idNumber.isBlank() ? "全部" : "（按号码查找）");
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? "全部" : value.strip();
	}
}

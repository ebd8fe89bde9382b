package cn.shuangyong.documents.reading;

/**
 * Whom a target's minimum binds: each prefecture (各州（市）), each county (各县（市、区）), each township or
 * village, each unit (各成员单位), or the issuing office's whole area in total when the clause names no level.
 * The region levels carry the names of the directory's levels, so a reader of a plan can compare them.
 */
public enum TargetScope {

	PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, UNIT, TOTAL;

	/** The scope of a level as a notice writes it after 各 or 每: 州市 → PREFECTURE, 县（市、区） → COUNTY. */
	static TargetScope of(String per) {
		if (per == null || per.isBlank()) {
			return TOTAL;
		}
		String first = Folded.fold(per).strip();
		if (first.startsWith("社区") || first.startsWith("居委会") || first.startsWith("村")) {
			return VILLAGE;
		}
		return switch (first.charAt(0)) {
			case '省' -> PROVINCE;
			case '州', '市' -> PREFECTURE;
			case '县', '区' -> COUNTY;
			case '乡', '镇', '街' -> TOWNSHIP;
			default -> UNIT;
		};
	}
}

package cn.shuangyong.privacy;

import java.util.List;

/**
 * Cuts an address after its township (乡、镇、街道), so a list shows where a person lives to the township but not the
 * village, street or house (security requirements F2: address cut at 乡镇). The township is looked for only after the
 * county-level part, so a county named 镇雄县 or 镇沅县 is not taken for a township. An address with no recognisable
 * region keeps its first few characters, at most half of it.
 */
final class AddressMask {

	static final String HIDDEN = "****";

	private static final int FALLBACK_KEEP = 6;

	private static final int COUNTY_WITHIN = 20;

	private static final int TOWNSHIP_WITHIN = 12;

	private static final List<String> TOWNSHIP_MARKS = List.of("街道", "镇", "乡");

	/** 小区, 社区, 园区, 校区, 景区, 营区, 厂区, 片区, 生活区, 住宅区, 军区: places, not districts. */
	private static final String NOT_A_DISTRICT_BEFORE_QU = "小社园校景营厂片活宅军";

	private AddressMask() {
	}

	static String mask(String address) {
		int keep = townshipEnd(address);
		if (keep < 0) {
			int length = address.codePointCount(0, address.length());
			keep = address.offsetByCodePoints(0, Math.min(FALLBACK_KEEP, length / 2));
		}
		return keep >= address.length() ? address : address.substring(0, keep) + HIDDEN;
	}

	/** The end of the township, or of the county when no township follows it; -1 when neither is found. */
	private static int townshipEnd(String address) {
		int county = countyEnd(address);
		if (county < 0) {
			return -1;
		}
		int best = -1;
		for (String mark : TOWNSHIP_MARKS) {
			int at = address.indexOf(mark, county);
			if (at >= 0 && at - county < TOWNSHIP_WITHIN && (best < 0 || at + mark.length() < best)) {
				best = at + mark.length();
			}
		}
		return best < 0 ? county : best;
	}

	/**
	 * The end of the county-level name: the first 县, 旗 or 区 (but not 自治区 or 地区, which are province and prefecture
	 * level, nor a 小区 or 社区), or a 市 that follows a prefecture (昆明市安宁市, 楚雄彝族自治州楚雄市).
	 */
	private static int countyEnd(String address) {
		int limit = Math.min(address.length(), COUNTY_WITHIN);
		boolean afterPrefecture = false;
		for (int i = 0; i < limit; i++) {
			char c = address.charAt(i);
			if (c == '县' || c == '旗' || (c == '区' && isDistrict(address, i)) || (c == '市' && afterPrefecture)) {
				return i + 1;
			}
			if (c == '市' || c == '州' || c == '盟' || (c == '区' && address.startsWith("地区", i - 1))) {
				afterPrefecture = true;
			}
		}
		return -1;
	}

	private static boolean isDistrict(String address, int qu) {
		boolean provinceOrPrefecture = address.startsWith("自治区", qu - 2) || address.startsWith("地区", qu - 1);
		return !provinceOrPrefecture && (qu == 0 || NOT_A_DISTRICT_BEFORE_QU.indexOf(address.charAt(qu - 1)) < 0);
	}
}

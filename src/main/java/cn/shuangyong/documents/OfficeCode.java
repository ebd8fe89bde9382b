package cn.shuangyong.documents;

import cn.shuangyong.shared.RegionLevel;

/**
 * The abbreviation an office's 机关代字 starts with, as offices number their documents: the province's are 云拥办…,
 * 楚雄州's 楚拥办…. The province and the prefectures are abbreviated by the first character of their names, which
 * differ; a county by its first two, since one character would give 楚雄市 the prefecture's 楚 and 西山区 the same 西
 * as 西盟县 (the first two characters of Yunnan's 129 counties all differ).
 */
public final class OfficeCode {

	private OfficeCode() {
	}

	public static String abbreviation(String regionName, RegionLevel level) {
		int length = level == RegionLevel.PROVINCE || level == RegionLevel.PREFECTURE ? 1 : 2;
		return regionName.substring(0, Math.min(length, regionName.length()));
	}
}

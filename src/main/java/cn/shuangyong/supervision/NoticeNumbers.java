package cn.shuangyong.supervision;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The 机关代字 notices are numbered under, per issuing office, as offices number their documents: the province's are
 * 云拥办督〔2020〕1号, 2号 …, 楚雄州's 楚拥办督〔2020〕1号 …. The province and the prefectures are abbreviated by the
 * first character of their names, which differ; a county by its first two, since one character would give 楚雄市 the
 * prefecture's 楚 and 西山区 the same 西 as 西盟县 (the first two characters of Yunnan's 129 counties all differ). The
 * number itself is taken by the document register, in the office's sequence for the code and year.
 */
@Component
class NoticeNumbers {

	private final Directory directory;

	private final EscalationSettings settings;

	NoticeNumbers(Directory directory, EscalationSettings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	String issuerCode(String issuerRegion) {
		String abbr = directory.region(new RegionCode(issuerRegion)).map(NoticeNumbers::abbreviation).orElse("");
		return code(settings.numberFormat(), abbr);
	}

	static String abbreviation(Region region) {
		int length = region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.PREFECTURE ? 1 : 2;
		return region.name().substring(0, Math.min(length, region.name().length()));
	}

	/** The code of the number format ({abbr}拥办督〔{year}〕{n}号) with the office's abbreviation put in. */
	static String code(String numberFormat, String abbr) {
		return numberFormat.substring(0, numberFormat.indexOf(EscalationSettings.NUMBER_TAIL)).replace("{abbr}", abbr);
	}
}

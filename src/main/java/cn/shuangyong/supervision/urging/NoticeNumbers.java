package cn.shuangyong.supervision.urging;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.documents.OfficeCode;
import org.springframework.stereotype.Component;

/**
 * The 机关代字 notices are numbered under, per issuing office, as offices number their documents: the province's are
 * 云拥办督〔2020〕1号, 2号 …, 楚雄州's 楚拥办督〔2020〕1号 … (the office's abbreviation is {@link OfficeCode}'s). The
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
		return OfficeCode.abbreviation(region.name(), region.level());
	}

	/** The code of the number format ({abbr}拥办督〔{year}〕{n}号) with the office's abbreviation put in. */
	static String code(String numberFormat, String abbr) {
		return numberFormat.substring(0, numberFormat.indexOf(EscalationSettings.NUMBER_TAIL)).replace("{abbr}", abbr);
	}
}

package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time nodes of an item as written: the days that fix 双拥 work (八一, 春节, 烈士纪念日 … with 前夕, 期间 or
 * 前 after them; policy facts §10), calendar dates and months (6月底前, 10月1日前), the end or a half of the year
 * (年底前, 上半年) and quarters. Occasions and vague words (重大节日, 纪念日, 年度, 适时, 定期) fix no date and are not
 * time nodes.
 */
final class TimeNodes {

	private static final String OCCASION = "(?:元旦|春节|清明节|清明(?=前夕|前后|期间|之前|前|之际)|五一|劳动节|端午节?|七一|建党节|八一建军节|八一|建军节|中秋节?|国庆节?|重阳节?"
			+ "|烈士纪念日|国家公祭日|抗战胜利纪念日|老兵退伍|老兵退役)";
	private static final String OCCASION_TIME = "(?:前夕|前后|期间|之前|以前|之际|前|后)";
	private static final String MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月";
	private static final String DAY_IN_MONTH = "(?:\\d{1,2}日|底|末|上旬|中旬|下旬|份|中)";
	private static final String BY = "(?:之前|以前|前后|前|内|止)";
	// Every node starts with one of these characters; checking it first spares the alternation at other positions.
	private static final String FIRST = "(?=[“元春清五劳端七建八中国重烈抗老0-9一二三四五六七八九十今本当年上下第])";
	private static final Pattern NODE = Pattern.compile(FIRST + "(?:" + String.join("|",
			"“" + OCCASION + "”" + OCCASION_TIME + "?",
			OCCASION + OCCASION_TIME + "?",
			"(?:\\d{4}年)?" + MONTH + DAY_IN_MONTH + "?" + BY + "?",
			"(?:\\d{4}|今|本|当)?年(?:底|末|内|初)" + BY + "?",
			"(?:\\d{4}年|今年|本年|当年)?[上下]半年" + BY + "?",
			"第?[一二三四]季度(?:末|底|内|前)?") + ")");

	private TimeNodes() {
	}

	static List<String> find(String text) {
		Matcher m = NODE.matcher(Folded.fold(text));
		Set<String> nodes = new LinkedHashSet<>();
		while (m.find()) {
			nodes.add(text.substring(m.start(), m.end()));
		}
		return new ArrayList<>(nodes);
	}
}

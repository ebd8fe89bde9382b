package cn.shuangyong.activities;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * An activity as a unit records it once held: its kind, title, date and place, the participating units, the troops
 * visited by public name, how many took part, what was given and its value, links to photos or reports, and the
 * plan item it answers (optional). Checked here, field by field, each problem naming its field.
 */
public record NewActivity(String kind, String title, LocalDate heldOn, String place, List<Long> participatingUnits,
		String troops, int participants, String gifts, BigDecimal giftValue, List<String> links, Long itemId) {

	static final int MAX_LINKS = 10;

	public NewActivity {
		participatingUnits = List.copyOf(participatingUnits);
		links = List.copyOf(links);
	}

	public static NewActivity of(String kind, String title, String heldOn, String place, List<Long> participatingUnits,
			String troops, String participants, String gifts, String giftValue, String links, Long itemId) {
		List<String> problems = new ArrayList<>();
		String cleanKind = FreeText.clean(kind);
		if (cleanKind.isEmpty()) {
			problems.add("请选择活动类型");
		}
		String cleanTitle = FreeText.required(title, "活动名称", 200, problems);
		LocalDate date = null;
		try {
			date = LocalDate.parse(FreeText.clean(heldOn));
		}
		catch (DateTimeParseException e) {
			problems.add("活动日期须为 2020-08-01 形式的有效日期");
		}
		String cleanPlace = FreeText.required(place, "活动地点", 100, problems);
		String cleanTroops = FreeText.clean(troops);
		if (cleanTroops.length() > 200 || FreeText.hasControl(troops)) {
			problems.add("慰问部队不超过 200 字，只写部队的公开称谓");
		}
		int count = 0;
		try {
			count = Integer.parseInt(FreeText.clean(participants));
			if (count < 0 || count > 100_000) {
				problems.add("参加人数须为 0 至 100000 之间的整数");
			}
		}
		catch (NumberFormatException e) {
			problems.add("参加人数须为 0 至 100000 之间的整数");
		}
		String cleanGifts = FreeText.clean(gifts);
		if (cleanGifts.length() > 500 || FreeText.hasControl(gifts)) {
			problems.add("慰问物品不超过 500 字");
		}
		BigDecimal value = null;
		if (!FreeText.clean(giftValue).isEmpty()) {
			try {
				value = new BigDecimal(FreeText.clean(giftValue));
				if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0 || value.scale() > 2) {
					problems.add("慰问金额须为 0 至 10 亿之间、至多两位小数的金额（元）");
				}
			}
			catch (NumberFormatException e) {
				problems.add("慰问金额须为 0 至 10 亿之间、至多两位小数的金额（元）");
			}
		}
		List<String> linkList = Arrays.stream(FreeText.clean(links).split("\\s+")).filter(s -> !s.isEmpty()).toList();
		if (linkList.size() > MAX_LINKS || linkList.stream().anyMatch(l -> !webAddress(l))) {
			problems.add("照片或报道链接须为有效的网址，每行一个，至多 " + MAX_LINKS + " 个");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewActivity(cleanKind, cleanTitle, date, cleanPlace,
				participatingUnits == null ? List.of() : participatingUnits.stream().distinct().toList(), cleanTroops,
				count, cleanGifts, value, linkList, itemId);
	}

	private static boolean webAddress(String link) {
		if (link.length() > 190) {
			return false;
		}
		try {
			URI uri = URI.create(link);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}

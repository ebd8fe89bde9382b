package cn.shuangyong.publicity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.publicity.QuotaLine;

/** The quota lines drawn as a table: a row per item and region, a cell per kind, in the order the lines came. */
public record QuotaRows(String itemNo, String regionName, List<QuotaLine> cells) {

	public boolean met() {
		return cells.stream().allMatch(QuotaLine::met);
	}

	static List<QuotaRows> of(List<QuotaLine> lines) {
		Map<String, List<QuotaLine>> byRow = new LinkedHashMap<>();
		lines.forEach(l -> byRow.computeIfAbsent(l.itemId() + "/" + l.regionCode(), k -> new ArrayList<>()).add(l));
		return byRow.values().stream().map(c -> new QuotaRows(c.get(0).itemNo(), c.get(0).regionName(), c)).toList();
	}
}

package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The filters of the case list: a region (its code, the cases of that region and below) and a status: 办理中 (OPEN),
 * 已超期 (OVERDUE, open past its deadline) or 已办结 (CLOSED). Both optional.
 */
record CaseFilter(String regionCode, Status status) {

	enum Status {
		OPEN, OVERDUE, CLOSED
	}

	static CaseFilter of(String region, String status) {
		String code = region == null || region.isBlank() ? null : region.strip();
		if (code != null && !code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new InvalidInputException("地区应为行政区划代码，如 5323");
		}
		Status parsed = null;
		if (status != null && !status.isBlank()) {
			try {
				parsed = Status.valueOf(status.strip().toUpperCase());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("状态应为办理中、已超期或已办结");
			}
		}
		return new CaseFilter(code, parsed);
	}

	String condition() {
		String region = regionCode == null ? "" : " and n.region_code like :filterRegion";
		String state = status == null ? "" : switch (status) {
			case OPEN -> " and n.outcome is null";
			case OVERDUE -> " and n.outcome is null and n.deadline < :today";
			case CLOSED -> " and n.outcome is not null";
		};
		return region + state;
	}

	Map<String, Object> bind(Map<String, Object> values, LocalDate today) {
		if (regionCode != null) {
			values.put("filterRegion", regionCode + "%");
		}
		if (status == Status.OVERDUE) {
			values.put("today", today);
		}
		return values;
	}
}

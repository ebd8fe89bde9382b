package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The filters of the application list: a region (that region and below) and a status, one of the states or RED (open
 * and near the start of term or past its deadline). Both optional.
 */
record ApplicationFilter(String regionCode, String status) {

	static final String RED = "RED";

	static ApplicationFilter of(String region, String status) {
		String code = region == null || region.isBlank() ? null : region.strip();
		if (code != null && !code.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new InvalidInputException("地区应为行政区划代码，如 5323");
		}
		String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase();
		if (wanted != null && !wanted.equals(RED)
				&& Arrays.stream(ApplicationState.values()).noneMatch(s -> s.name().equals(wanted))) {
			throw new InvalidInputException("状态不存在，请从列表中选择");
		}
		return new ApplicationFilter(code, wanted);
	}

	String condition() {
		String region = regionCode == null ? "" : " and a.region_code like :filterRegion";
		if (status == null) {
			return region;
		}
		if (status.equals(RED)) {
			return region + " and a.state in ('SUBMITTED', 'UNDER_REVIEW')"
					+ " and (:today >= a.term_starts_on - :warningDays or :today > a.decide_by)";
		}
		return region + " and a.state = :state";
	}

	Map<String, Object> bind(Map<String, Object> values, LocalDate today, int warningDays) {
		if (regionCode != null) {
			values.put("filterRegion", regionCode + "%");
		}
		if (RED.equals(status)) {
			values.put("today", today);
			values.put("warningDays", warningDays);
		}
		else if (status != null) {
			values.put("state", status);
		}
		return values;
	}
}

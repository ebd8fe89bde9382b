package cn.shuangyong.cases;

import cn.shuangyong.shared.InvalidInputException;

/**
 * What a case list is narrowed to: a region below the scope, a state, a category, only overdue, only 攻坚, or only the
 * red list (open longer than the limits allow, or a 攻坚 case whose monthly report is late), oldest first.
 */
public record CaseFilter(String region, CaseState state, String category, boolean overdue, boolean tough,
		boolean red) {

	public static final CaseFilter ALL = new CaseFilter(null, null, null, false, false, false);

	public static CaseFilter of(String region, String state, String category, boolean overdue, boolean tough,
			boolean red) {
		if (region != null && !region.isBlank() && !region.strip().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			throw new InvalidInputException("地区（region）：须为行政区划代码");
		}
		CaseState parsed = null;
		if (state != null && !state.isBlank()) {
			try {
				parsed = CaseState.valueOf(state.strip().toUpperCase());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("状态（status）：须为 RECEIVED、ACCEPTED、REFUSED、RESOLVED、REOPENED 或 CLOSED");
			}
		}
		return new CaseFilter(region == null || region.isBlank() ? null : region.strip(), parsed,
				category == null || category.isBlank() ? null : category.strip().toUpperCase(), overdue, tough, red);
	}
}

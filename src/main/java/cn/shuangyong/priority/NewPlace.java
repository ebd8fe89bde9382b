package cn.shuangyong.priority;

import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** A service place to be inspected: what it is, its sector, where, and which department answers for it. */
public record NewPlace(String name, Sector sector, String regionCode, long departmentUnitId, String address) {

	public static NewPlace of(String name, String sector, String regionCode, Long departmentUnitId, String address) {
		List<String> problems = new ArrayList<>();
		String cleanName = FreeText.required(name, "场所名称", 200, problems);
		Sector parsed = Sector.parse(sector).orElse(null);
		if (parsed == null) {
			problems.add("行业：请选择场所所属行业");
		}
		if (regionCode == null || !regionCode.strip().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
			problems.add("所在地区：请选择");
		}
		if (departmentUnitId == null) {
			problems.add("责任部门：请选择");
		}
		String cleanAddress = FreeText.clean(address);
		if (cleanAddress.length() > 200 || FreeText.hasControl(address)) {
			problems.add("地址不能超过 200 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewPlace(cleanName, parsed, regionCode.strip(), departmentUnitId,
				cleanAddress.isEmpty() ? null : cleanAddress);
	}
}

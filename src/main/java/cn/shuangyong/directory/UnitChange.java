package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.List;

/** The editable facts of a unit, as an administrator submits them. */
public record UnitChange(String name, String shortName, UnitKind kind, String address, String phone) {

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add("单位名称不能为空");
		}
		else if (name.strip().length() > 200) {
			problems.add("单位名称不能超过 200 个字");
		}
		if (shortName != null && shortName.strip().length() > 100) {
			problems.add("简称不能超过 100 个字");
		}
		if (kind == null) {
			problems.add("请选择单位类别");
		}
		if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+\\-() ]{5,40}")) {
			problems.add("单位电话只能包含数字、空格、括号、加号和连字符");
		}
		if (address != null && address.strip().length() > 300) {
			problems.add("地址不能超过 300 个字");
		}
		return problems;
	}
}

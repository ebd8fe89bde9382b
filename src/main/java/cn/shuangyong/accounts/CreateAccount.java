package cn.shuangyong.accounts;

import java.util.ArrayList;
import java.util.List;

/** An administrator's request for a new account. */
public record CreateAccount(String username, String displayName, long unitId, Role role, String phone, String email,
		String password) {

	/** Field problems, each naming the field. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (username == null || !UsernameKey.of(username).matches("[a-z0-9][a-z0-9._-]{1,31}")) {
			problems.add("账号名须为 2 至 32 位字母、数字、点、下划线或连字符，并以字母或数字开头");
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 50) {
			problems.add("姓名不能为空，且不超过 50 个字");
		}
		if (role == null) {
			problems.add("请选择角色");
		}
		if (phone != null && !phone.isBlank() && !phone.strip().matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")) {
			problems.add("联系电话格式不正确：应为 11 位手机号或带区号的固定电话");
		}
		if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add("电子邮箱格式不正确");
		}
		return problems;
	}
}

package cn.shuangyong.accounts.web;

import cn.shuangyong.accounts.CreateAccount;
import cn.shuangyong.accounts.Role;

/** The new-account form as submitted; the unit is given by its name or alias. */
record AccountForm(String username, String displayName, String unitName, Role role, String phone, String email,
		String password) {

	static AccountForm empty(String unitName) {
		return new AccountForm("", "", unitName, Role.OFFICE_STAFF, "", "", "");
	}

	CreateAccount command(long unitId) {
		return new CreateAccount(username, displayName, unitId, role, phone, email, password);
	}
}

package cn.shuangyong.accounts.web;

import java.util.List;

import cn.shuangyong.accounts.FirstAdministrator;
import cn.shuangyong.accounts.Role;

/** The setup page as submitted: the token from the console and the three first administrators. */
record SetupForm(String token, String adminUsername, String adminName, String adminPassword, String securityUsername,
		String securityName, String securityPassword, String auditUsername, String auditName, String auditPassword) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "", "", "", "", "", "", "");
	}

	List<FirstAdministrator> administrators() {
		return List.of(new FirstAdministrator(Role.SYSTEM_ADMIN, adminUsername, adminName, adminPassword),
				new FirstAdministrator(Role.SECURITY_ADMIN, securityUsername, securityName, securityPassword),
				new FirstAdministrator(Role.AUDIT_ADMIN, auditUsername, auditName, auditPassword));
	}
}

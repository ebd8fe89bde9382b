/**
 * Accounts, roles and their permissions, data scope, login with lockout and second factor, and sessions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "账号与权限",
		allowedDependencies = {"audit", "directory", "privacy", "shared"})
package cn.shuangyong.accounts;

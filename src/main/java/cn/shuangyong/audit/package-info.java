/**
 * The tamper-evident audit log of who saw or changed what: logins, administrative changes, reveals and exports.
 * Only the audit administrator reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "安全审计",
		allowedDependencies = {"shared"})
package cn.shuangyong.audit;

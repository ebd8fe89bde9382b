/**
 * The shell every page sits in: layout, navigation, home page, language, error pages and API error answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户",
		allowedDependencies = {"accounts", "audit", "beneficiaries", "directory", "documents", "notifications", "shared", "supervision"})
package cn.shuangyong.portal;

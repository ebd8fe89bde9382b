/**
 * The database the platform runs on: an embedded PostgreSQL kept in a local folder when no external one is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "数据库",
		allowedDependencies = {})
package cn.shuangyong.database;

/**
 * Dashboards (统计看板): read models across modules for leaders and offices, read through the other modules'
 * facades; no table and no SQL of their own over other schemas. The map's themes (专题) are the
 * {@link cn.shuangyong.shared.figures.RegionFigures} beans the modules publish, collected without depending on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计看板",
		allowedDependencies = {"directory", "plans", "shared", "supervision"})
package cn.shuangyong.dashboards;

/**
 * 双拥模范城(县): the versioned assessment standard (areas, indicators, sub-points, veto items) and the campaigns of
 * cities and counties through self-assessment, review, 公示, naming and the yearly check that can withdraw the title.
 */
@org.springframework.modulith.ApplicationModule(displayName = "双拥模范城（县）",
		allowedDependencies = {"audit", "directory", "employment", "documents", "documents::publicnotice", "documents::writing", "shared"})
package cn.shuangyong.modelcity;

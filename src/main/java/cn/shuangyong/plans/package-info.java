/**
 * Work plans (工作要点): reading a notice into a draft, reviewing it, publishing it with its items and their lead and
 * cooperating units, and the cascade from province to prefecture to county.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作要点",
		allowedDependencies = {"audit", "directory", "documents", "documents::reading", "shared"})
package cn.shuangyong.plans;

/**
 * The organisation directory: Yunnan's regions from province to village, the units that do 双拥 work, their leading
 * groups, and the phrases documents use for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构",
		allowedDependencies = {"audit", "shared"})
package cn.shuangyong.directory;

/**
 * 双拥宣传 (publicity): the works units submit (articles, columns, research papers, films and videos, photo sets),
 * their review by the office, the quotas plan items set per region and each region's
 * progress against them. Accepted works are the count of the targets they answer (a plan item requiring so many
 * research papers or videos of each prefecture), which supervision reads through its {@code TargetTally}. The kinds
 * of work, and the target names each counts for, are data the provincial office keeps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "双拥宣传",
		allowedDependencies = {"audit", "beneficiaries", "directory", "documents", "documents::publicnotice", "plans", "shared",
			"supervision::targets"})
package cn.shuangyong.publicity;

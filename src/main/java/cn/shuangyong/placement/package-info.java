/**
 * 安置 (placement): a placing office's rounds for the soldiers handed over to it (阳光安置) and for transferred officers,
 * with eligibility by the statute in force on the discharge date, score sheets under a versioned scoring method with
 * evidence for every item, ranks, the posts, and the live choice of posts in rank order that the database guards:
 * no post beyond its places, no choice out of turn, none twice. The employer's month after the 介绍信 is followed as a
 * supervision task of the placing office. See docs/placement.md for what stands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "安置",
		allowedDependencies = {"audit", "directory", "documents", "documents::publicnotice", "documents::writing", "shared", "supervision"})
package cn.shuangyong.placement;

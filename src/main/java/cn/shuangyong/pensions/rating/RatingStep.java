package cn.shuangyong.pensions.rating;

import cn.shuangyong.shared.RegionLevel;

/**
 * Where a rating stands, and who must act next: the chain 申请 → 县级受理审查 → 医学鉴定 → 公示 → 县级上报 → 市级审核 → 省级审批
 * → 发证/计发 (policy-facts §3.1). Each open step names the level of the unit that acts on it and the step limit
 * ({@link StepLimits}) it is due by.
 */
public enum RatingStep {

	/** Filed: the county accepts and reviews the materials. */
	APPLIED("待县级受理审查", RegionLevel.COUNTY),
	/** Accepted: the county obtains the medical opinion of a designated hospital or expert panel. */
	ACCEPTED("待医学鉴定", RegionLevel.COUNTY),
	/** Assessed: the county opens the 公示 of the proposed grade. */
	ASSESSED("待公示", RegionLevel.COUNTY),
	/** In 公示: closed after its last day, every objection answered. */
	NOTICE("公示中", RegionLevel.COUNTY),
	/** 公示 passed: the county reports with the 审批表. */
	NOTICED("待县级上报", RegionLevel.COUNTY),
	/** Reported: the prefecture's veterans department reviews. */
	REPORTED("待市级审核", RegionLevel.PREFECTURE),
	/** Reviewed: the provincial veterans department approves (2024 条例 Art. 28(3)). */
	REVIEWED("待省级审批", RegionLevel.PROVINCE),
	APPROVED("已批准", null),
	REFUSED("不予评定", null);

	private final String chinese;

	private final RegionLevel actor;

	RatingStep(String chinese, RegionLevel actor) {
		this.chinese = chinese;
		this.actor = actor;
	}

	public String chinese() {
		return chinese;
	}

	/** The level of the unit that acts on this step; null once the rating has ended. */
	public RegionLevel actor() {
		return actor;
	}

	public boolean open() {
		return actor != null;
	}
}

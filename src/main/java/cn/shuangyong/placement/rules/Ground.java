package cn.shuangyong.placement.rules;

/** What a soldier claims the right to a government-arranged job on; which statute lists it, and where, is the statute's. */
public enum Ground {
	/** 士官 (from 2024: 军士) with 12 years of service or more. */
	SERVICE_12_YEARS("服现役满12年的士官（军士）"),
	/** 勋章 or an individual honour title: above 一等功 in the order of awards. */
	MEDAL_OR_HONOUR_TITLE("获得勋章或者荣誉称号"),
	/** 平时二等功以上 or 战时三等功以上 (2011); 三等战功 or 二等功以上 (2024). */
	MERIT("平时二等功以上或战时三等功（三等战功）以上"),
	/** 一级表彰, a category of the 2024 statute only. */
	FIRST_LEVEL_COMMENDATION("获得一级表彰"),
	/** 因战致残 grades 5 to 8. */
	DISABLED_IN_BATTLE("因战致残被评定为5级至8级残疾等级"),
	/** 烈士子女. */
	MARTYR_CHILD("烈士子女");

	private final String chinese;

	Ground(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}

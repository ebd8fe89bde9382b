package cn.shuangyong.supervision.reporting;

import cn.shuangyong.shared.RegionLevel;

/**
 * How a bulletin names the levels it reports on, in the words of Yunnan's documents: 省级牵头单位, 各州（市）,
 * 各县（市、区）. A bulletin is a 公文 and speaks Chinese whatever the reader's language, as its body does.
 */
final class BulletinWording {

	private BulletinWording() {
	}

	/** The level's own name: 省, 州（市）, 县（市、区）… */
	static String level(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> "省";
			case PREFECTURE -> "州（市）";
			case COUNTY -> "县（市、区）";
			case TOWNSHIP -> "乡（镇、街道）";
			case VILLAGE -> "村（社区）";
		};
	}

	/** 省级, 州（市）级 …: the office's own units. */
	static String ownLevel(RegionLevel level) {
		return level(level) + "级";
	}

	/** 各州（市）, 各县（市、区） …: the regions one level below the office's. */
	static String regionsBelow(RegionLevel level) {
		return "各" + level(level.below().orElse(level));
	}

	/** The heading of the regions' column: 州（市）, 县（市、区） … */
	static String regionColumn(RegionLevel level) {
		return level(level.below().orElse(level));
	}
}

package cn.shuangyong.schooling;

import cn.shuangyong.shared.InvalidInputException;

/** Why a child is entitled: the parent's service, or how the parent was lost. */
public enum Basis {

	/** 现役军人子女. */
	SERVICE,
	/** 烈士子女. */
	MARTYR,
	/** 因公牺牲军人子女. */
	DIED_ON_DUTY,
	/** 病故军人子女. */
	DIED_OF_ILLNESS,
	/** 驻艰苦边远地区部队军人子女. */
	HARDSHIP;

	/** A serving soldier's basis names the soldier's unit; a lost parent's may not have one to name. */
	public boolean needsUnit() {
		return this == SERVICE || this == HARDSHIP;
	}

	public String messageKey() {
		return "schooling.basis." + name();
	}

	static Basis parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(
					"入学依据不存在：应为现役军人子女、烈士子女、因公牺牲军人子女、病故军人子女或驻艰苦边远地区部队军人子女");
		}
	}
}

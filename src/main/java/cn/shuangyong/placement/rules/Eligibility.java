package cn.shuangyong.placement.rules;

import java.time.LocalDate;

import cn.shuangyong.shared.InvalidInputException;

/** Why a soldier is placed by 安排工作: the ground, under the statute in force on the discharge date, and its article. */
public record Eligibility(Statute statute, Ground ground, String article) {

	public static Eligibility of(LocalDate discharged, Ground ground) {
		if (discharged == null || ground == null) {
			throw new InvalidInputException("须写明退役日期和安排工作的条件");
		}
		Statute statute = Statute.inForceOn(discharged).orElseThrow(() -> new InvalidInputException(
				"退役日期 " + discharged + " 早于《退役士兵安置条例》施行之日（2011-11-01），平台不办理"));
		String article = statute.article(ground).orElseThrow(() -> new InvalidInputException("退役日期 " + discharged
				+ " 适用" + statute.title() + "，其中没有「" + ground.chinese() + "」这一安排工作条件，不符合安排工作条件"));
		return new Eligibility(statute, ground, article);
	}

	/** 《退役士兵安置条例》第二十九条第一项. */
	public String citation() {
		return statute.title() + article;
	}
}

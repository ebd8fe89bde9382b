package cn.shuangyong.placement.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The statutes that say who is placed by 安排工作, each with the days it was in force and the article and item that
 * lists each ground. The statute is the one in force on the discharge date.
 */
public enum Statute {
	/**
	 * 《退役士兵安置条例》 (2011-10-29), Art. 29. A medal or honour title counts as an award above 二等功 (item 2): in the
	 * order of awards it stands above 一等功. 一级表彰 is not a ground under it.
	 */
	REGULATIONS_2011("《退役士兵安置条例》", LocalDate.of(2011, 11, 1), LocalDate.of(2024, 8, 31),
			Map.of(Ground.SERVICE_12_YEARS, "第二十九条第一项", Ground.MEDAL_OR_HONOUR_TITLE, "第二十九条第二项", Ground.MERIT,
					"第二十九条第二项", Ground.DISABLED_IN_BATTLE, "第二十九条第三项", Ground.MARTYR_CHILD, "第二十九条第四项")),
	/** 《退役军人安置条例》 (2024-07-29), Art. 25. */
	REGULATIONS_2024("《退役军人安置条例》", LocalDate.of(2024, 9, 1), null,
			Map.of(Ground.SERVICE_12_YEARS, "第二十五条第一项", Ground.MEDAL_OR_HONOUR_TITLE, "第二十五条第二项", Ground.MERIT,
					"第二十五条第三项", Ground.FIRST_LEVEL_COMMENDATION, "第二十五条第四项", Ground.DISABLED_IN_BATTLE,
					"第二十五条第五项", Ground.MARTYR_CHILD, "第二十五条第六项"));

	private final String title;

	private final LocalDate from;

	private final LocalDate until;

	private final Map<Ground, String> articles;

	Statute(String title, LocalDate from, LocalDate until, Map<Ground, String> articles) {
		this.title = title;
		this.from = from;
		this.until = until;
		this.articles = articles;
	}

	public String title() {
		return title;
	}

	public static Optional<Statute> inForceOn(LocalDate day) {
		return Arrays.stream(values())
			.filter(s -> !day.isBefore(s.from) && (s.until == null || !day.isAfter(s.until)))
			.findFirst();
	}

	/** The article and item listing the ground, or none when this statute does not list it. */
	public Optional<String> article(Ground ground) {
		return Optional.ofNullable(articles.get(ground));
	}
}

package cn.shuangyong.schooling;

import cn.shuangyong.shared.InvalidInputException;

/** A school term: the autumn term starts the school year, the spring term is its second half. */
public record Term(int year, Season season) {

	public enum Season {
		SPRING, AUTUMN
	}

	public Term {
		if (year < 2000 || year > 2100 || season == null) {
			throw new InvalidInputException("学期（termYear、season）无效：年份应为四位数，季节为 SPRING 或 AUTUMN");
		}
	}

	static Term of(Integer year, String season) {
		Season parsed;
		try {
			parsed = Season.valueOf(season == null ? "" : season.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("学期（season）应为 SPRING（春季学期）或 AUTUMN（秋季学期）");
		}
		if (year == null) {
			throw new InvalidInputException("请填写入学年份（termYear）");
		}
		return new Term(year, parsed);
	}

	public String messageKey() {
		return "schooling.season." + season.name();
	}
}

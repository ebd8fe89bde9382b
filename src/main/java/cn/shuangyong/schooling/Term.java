package cn.shuangyong.schooling;

import cn.shuangyong.shared.InvalidInputException;

/** A school term: the autumn term starts the school year, the spring term is its second half. */
public record Term(int year, Season season) {

	public enum Season {
		SPRING, AUTUMN
	}

	public Term {
		if (year < 2000 || year > 2100 || season == null) {
			throw new InvalidInputException("学期无效：年份应为四位数，季节为 SPRING 或 AUTUMN");
		}
	}

	static Term of(Integer year, String season) {
		Season parsed;
		try {
			parsed = Season.valueOf(season == null ? "" : season.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("学期应为春季学期或秋季学期");
		}
		if (year == null) {
			throw new InvalidInputException("请填写入学年份");
		}
		return new Term(year, parsed);
	}

	public String messageKey() {
		return "schooling.season." + season.name();
	}
}

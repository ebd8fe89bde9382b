package cn.shuangyong.directory;

import cn.shuangyong.shared.InvalidInputException;

/**
 * Identifies a unit; other modules keep this, never the unit's row. An id that cannot be one (0, -1) is bad input,
 * answered 400 wherever it came from.
 */
public record UnitId(long value) {

	public UnitId {
		if (value <= 0) {
			throw new InvalidInputException("单位编号无效：" + value + "（应为正整数）");
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

package cn.shuangyong.directory;

/** Identifies a unit; other modules keep this, never the unit's row. */
public record UnitId(long value) {

	public UnitId {
		if (value <= 0) {
			throw new IllegalArgumentException("单位编号无效：" + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

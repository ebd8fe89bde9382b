package cn.shuangyong.placement;

/**
 * A soldier's name. Shown masked, as placement notices print it (张*明, 李*), and masked in {@code toString()} so
 * that it never reaches a log in full.
 */
public record SoldierName(String value) {

	public String masked() {
		int length = value.codePointCount(0, value.length());
		int first = value.offsetByCodePoints(0, 1);
		if (length <= 2) {
			return value.substring(0, first) + "*";
		}
		int last = value.offsetByCodePoints(0, length - 1);
		return value.substring(0, first) + "*".repeat(length - 2) + value.substring(last);
	}

	@Override
	public String toString() {
		return masked();
	}
}

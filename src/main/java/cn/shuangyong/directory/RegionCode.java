package cn.shuangyong.directory;

import cn.shuangyong.shared.RegionLevel;

/**
 * A statistics-bureau division code in short form: 53 (Yunnan), 5323 (楚雄州), 532301 (楚雄市), 9 digits for a
 * township, 12 for a village. The 6-digit padded forms 530000 and 532300 name the province and the prefecture.
 * Every code is the prefix of the codes below it, which is what data scope relies on.
 */
public record RegionCode(String value) {

	public RegionCode {
		if (value == null || !value.matches("\\d+")) {
			throw new IllegalArgumentException("行政区划代码只能由数字组成：" + value);
		}
		value = shorten(value);
		RegionLevel.ofCodeLength(value.length());
	}

	public static RegionCode of(String value) {
		return new RegionCode(value == null ? null : value.trim());
	}

	private static String shorten(String code) {
		if (code.length() == 6 && code.endsWith("0000")) {
			return code.substring(0, 2);
		}
		if (code.length() == 6 && code.endsWith("00")) {
			return code.substring(0, 4);
		}
		return code;
	}

	public RegionLevel level() {
		return RegionLevel.ofCodeLength(value.length());
	}

	/** True when {@code other} is this region or lies below it. */
	public boolean contains(RegionCode other) {
		return other.value.startsWith(value);
	}

	@Override
	public String toString() {
		return value;
	}
}

package cn.shuangyong.directory;

import java.util.regex.Pattern;

/**
 * The short name documents use for an autonomous prefecture or county: 楚雄彝族自治州 is 楚雄州, 红河哈尼族彝族自治州 is
 * 红河州, 石林彝族自治县 is 石林县. Other names stay as they are (昆明市, 禄丰市).
 */
final class RegionShortName {

	/** The ethnic groups named in Yunnan's autonomous prefectures and counties. */
	private static final Pattern ETHNIC_AUTONOMY = Pattern.compile(
			"(?:彝族|白族|哈尼族|壮族|傣族|苗族|回族|傈僳族|拉祜族|佤族|纳西族|瑶族|藏族|景颇族|布朗族|布依族|普米族|怒族|阿昌族|德昂族|基诺族|蒙古族|水族|满族|独龙族)+自治(州|县)$");

	private RegionShortName() {
	}

	static String of(String name) {
		return ETHNIC_AUTONOMY.matcher(name).replaceFirst("$1");
	}
}

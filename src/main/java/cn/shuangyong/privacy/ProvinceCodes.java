package cn.shuangyong.privacy;

import java.util.Set;

/**
 * The province-level codes an ID number may start with. The first two digits of the address code are the province of
 * GB/T 2260 (中华人民共和国行政区划代码): 11–15 华北, 21–23 东北, 31–37 华东, 41–46 中南, 50–54 西南, 61–65 西北, 71 台湾,
 * 81 香港, 82 澳门. 83 is not in GB/T 2260 but is the address code 830000 that residence permits for Taiwan residents
 * carry, as 810000 and 820000 are for Hong Kong and Macao (《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号). Numbers that
 * start with 9 and a province code are the 2023 foreign permanent residence ID card, not a citizen's number.
 */
final class ProvinceCodes {

	private static final Set<String> CODES = Set.of(
			"11", "12", "13", "14", "15", // 北京 天津 河北 山西 内蒙古
			"21", "22", "23", // 辽宁 吉林 黑龙江
			"31", "32", "33", "34", "35", "36", "37", // 上海 江苏 浙江 安徽 福建 江西 山东
			"41", "42", "43", "44", "45", "46", // 河南 湖北 湖南 广东 广西 海南
			"50", "51", "52", "53", "54", // 重庆 四川 贵州 云南 西藏
			"61", "62", "63", "64", "65", // 陕西 甘肃 青海 宁夏 新疆
			"71", "81", "82", // 台湾 香港 澳门
			"83"); // 台湾居民居住证

	private ProvinceCodes() {
	}

	static boolean exists(String code) {
		return CODES.contains(code);
	}

	/** @param addressCode the first six digits, whose first two are not a province */
	static String problem(String addressCode) {
		String problem = "前两位 " + addressCode.substring(0, 2) + " 不是有效的省级行政区划代码";
		boolean foreigner = addressCode.charAt(0) == '9' && CODES.contains(addressCode.substring(1, 3));
		return foreigner ? problem + "（9 加省级代码开头的是外国人永久居留身份证号码，不是公民身份号码）" : problem;
	}
}

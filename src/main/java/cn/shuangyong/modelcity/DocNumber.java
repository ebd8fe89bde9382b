package cn.shuangyong.modelcity;

import java.util.regex.Pattern;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A 发文字号 as GB/T 9704-2012 §7.2.4 writes it: agency code, the full year in 六角括号, the serial number without
 * leading zeros or 第, then 号: 云双拥〔2020〕5号.
 */
record DocNumber(String value) {

	private static final Pattern FORM = Pattern.compile("[^\\s〔〕]{1,30}〔\\d{4}〕[1-9]\\d{0,4}号");

	static DocNumber of(String text, String what) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new InvalidInputException("请填写" + what);
		}
		if (!FORM.matcher(value).matches()) {
			throw new InvalidInputException(what + "“" + value
					+ "”格式不对：应为 机关代字〔年份〕序号号，年份用六角括号、序号不加“第”和前导零，如 云双拥〔2020〕5号");
		}
		return new DocNumber(value);
	}

	@Override
	public String toString() {
		return value;
	}
}

package cn.shuangyong.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.shared.InvalidInputException;

/**
 * A 发文字号 as GB/T 9704-2012 (7.2.5) writes it: the issuing office's code (机关代字), the full year in 六角括号, the
 * serial without 第 and without leading zeros, then 号: 云拥办〔2020〕5号. The one place where numbers are parsed,
 * read out of a notice's text, and made.
 */
public record DocNumber(String issuerCode, int year, int serial) {

	/** The form an office types: exactly as the standard writes it. */
	private static final Pattern WRITTEN = Pattern.compile("([^\\s〔〕]{1,30})〔(\\d{4})〕([1-9]\\d{0,4})号");

	/**
	 * The forms notices carry in practice: other brackets (［］ [] 【】 （）), a 第, spaces, leading zeros, and 签发人 on
	 * the same line. The code is letters and Han characters only, so no sentence that ends in 号 is taken for one.
	 */
	private static final Pattern IN_TEXT = Pattern.compile(
			"^([\\p{IsHan}A-Za-z]{1,20})\\s*[〔［\\[【（](\\d{4})[〕］\\]】）]\\s*第?\\s*(\\d{1,4})\\s*号(?:\\s+签发人：.*)?$");

	/**
	 * A number cited in running text (…（某拥办〔2021〕2号）转发给你们): up to twelve Han characters before the bracket,
	 * which may take in words before the code; the caller trims them.
	 */
	private static final Pattern CITED = Pattern.compile("([\\p{IsHan}]{2,12})[〔［\\[【（](\\d{4})[〕］\\]】）]第?(\\d{1,4})号");

	public DocNumber {
		if (issuerCode == null || issuerCode.isBlank() || issuerCode.length() > 30
				|| issuerCode.chars().anyMatch(c -> Character.isWhitespace(c) || c == '〔' || c == '〕')) {
			throw new InvalidInputException("机关代字“" + issuerCode + "”不对：须为 1 至 30 个字，不含空格和六角括号");
		}
		if (year < 1949 || year > 9999) {
			throw new InvalidInputException("发文年份 " + year + " 不对：须为四位的公元年份");
		}
		if (serial < 1 || serial > 99999) {
			throw new InvalidInputException("发文顺序号 " + serial + " 不对：须为 1 至 99999");
		}
	}

	/**
	 * A number typed by a person, refused unless it is written as the standard writes it; {@code what} names the field
	 * in the message (发文字号, 命名文件字号 …).
	 */
	public static DocNumber parse(String text, String what) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			throw new InvalidInputException("请填写" + what);
		}
		Matcher m = WRITTEN.matcher(value);
		if (!m.matches()) {
			throw new InvalidInputException(what + "“" + value
					+ "”格式不对：应为 机关代字〔年份〕序号号，年份用六角括号、序号不加“第”和前导零，如 云双拥〔2020〕5号");
		}
		return new DocNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
	}

	/** The number a line of a notice consists of, in whatever brackets the file used; empty if the line is not one. */
	public static Optional<DocNumber> read(String line) {
		if (line == null || line.indexOf('号') < 0) {
			return Optional.empty();
		}
		Matcher m = IN_TEXT.matcher(line.strip());
		return m.matches() ? valid(m) : Optional.empty();
	}

	/** The first number cited in a running text, with where its code starts and ends. */
	public static Optional<Cited> cited(String text) {
		Matcher m = CITED.matcher(text);
		while (m.find()) {
			Optional<DocNumber> number = valid(m);
			if (number.isPresent()) {
				return Optional.of(new Cited(number.get(), m.start(1), m.end(1)));
			}
		}
		return Optional.empty();
	}

	/** Figures in a text that cannot be a number (year 0000, serial 0) are passed over, not refused. */
	private static Optional<DocNumber> valid(Matcher m) {
		int year = Integer.parseInt(m.group(2));
		int serial = Integer.parseInt(m.group(3));
		return year < 1949 || serial < 1 ? Optional.empty() : Optional.of(new DocNumber(m.group(1), year, serial));
	}

	/** The same number under the code as the text spells it (the reader matches a folded copy of the text). */
	public DocNumber spelled(String code) {
		return new DocNumber(code, year, serial);
	}

	/** Where a text cites a number: its code runs from {@code start} to {@code end}. */
	public record Cited(DocNumber number, int start, int end) {
	}

	/** The number written as the standard writes it: 云拥办〔2020〕5号. */
	public String value() {
		return issuerCode + "〔" + year + "〕" + serial + "号";
	}

	@Override
	public String toString() {
		return value();
	}
}

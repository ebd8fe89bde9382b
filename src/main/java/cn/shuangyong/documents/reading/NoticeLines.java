package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a notice with what the file format or an editor left on them removed: Markdown heading marks,
 * emphasis, quote marks and escapes, zero-width characters, indentation and page numbers. Blank lines stay, as
 * empty strings, because a blank line after a finished sentence ends an item.
 */
final class NoticeLines {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u000b\f\u2028\u2029\u0085]");
	private static final Pattern INVISIBLE = Pattern.compile("[\u200b-\u200d\u2060\ufeff\u00ad]");
	private static final Pattern MARKDOWN_LEAD = Pattern.compile("^\\s*(?:>\\s*)*(?:#{1,6}\\s*)?");
	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\.\\-*_#()\\[\\]])");
	// Page numbers as Word and WPS print them: "- 3 -", "— 3 —", "第3页 共9页".
	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d+\\s*页(?:\\s*[，,]?\\s*共\\s*\\d+\\s*页)?");

	private NoticeLines() {
	}

	static List<String> of(String text) {
		List<String> lines = new ArrayList<>();
		for (String raw : LINE_BREAK.split(text, -1)) {
			String line = clean(raw);
			if (!PAGE_NUMBER.matcher(line).matches()) {
				lines.add(line);
			}
		}
		return lines;
	}

	static String clean(String raw) {
		String line = hasInvisible(raw) ? INVISIBLE.matcher(raw).replaceAll("") : raw;
		if (!line.isEmpty() && (isSpace(line.charAt(0)) || line.charAt(0) == '#' || line.charAt(0) == '>')) {
			line = MARKDOWN_LEAD.matcher(line).replaceFirst("");
		}
		if (line.contains("**") || line.contains("__")) {
			line = EMPHASIS.matcher(line).replaceAll("");
		}
		if (line.indexOf('\\') >= 0) {
			line = ESCAPE.matcher(line).replaceAll("$1");
		}
		return strip(line.replace('\t', ' '));
	}

	private static boolean hasInvisible(String line) {
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad') {
				return true;
			}
		}
		return false;
	}

	/** Trims ordinary, full-width and no-break spaces, which indent paragraphs in Chinese documents. */
	static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
	}

	/**
	 * Joins the lines of one paragraph broken by a page or an editor. Chinese needs no space at the break; two
	 * Latin letters or digits meeting there do.
	 */
	static String join(List<String> lines) {
		StringBuilder joined = new StringBuilder();
		for (String line : lines) {
			if (line.isEmpty()) {
				continue;
			}
			if (!joined.isEmpty() && isLatin(joined.charAt(joined.length() - 1)) && isLatin(line.charAt(0))) {
				joined.append(' ');
			}
			joined.append(line);
		}
		return joined.toString();
	}

	static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}
}

package cn.shuangyong.documents.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.shuangyong.documents.DocNumber;

/**
 * Finds the head of each official document in a notice. GB/T 9704 lays it out as the issuer's line
 * (…办公室文件), the 发文字号 on a line of its own, the title, and the 主送机关 ending in a colon; the 发文字号 is the
 * anchor because its shape (abbreviation, year in brackets, serial, 号; read by {@link DocNumber#read}) is the one
 * line nothing else imitates.
 */
final class DocumentHeaders {

	private static final Pattern TITLE_END = Pattern.compile(
			"(?:通知|通报|意见|决定|方案|要点|计划|报告|请示|批复|函|纪要|办法|规定|规划|细则|公告|通告|决议)[”》\\s]*$");
	private static final Pattern SENTENCE = Pattern.compile("[，。；：！？]");
	private static final int MAX_TITLE_LINES = 4;
	private static final int MAX_RECIPIENT_LINES = 3;

	private DocumentHeaders() {
	}

	static List<HeaderBlock> find(List<String> lines, List<String> folded) {
		List<HeaderBlock> blocks = new ArrayList<>();
		int floor = 0;
		for (int i = 0; i < lines.size(); i++) {
			Optional<DocNumber> number = DocNumber.read(folded.get(i));
			if (number.isPresent()) {
				HeaderBlock block = read(lines, folded, floor, i, number.get());
				blocks.add(block);
				floor = block.end() + 1;
				i = block.end();
			}
		}
		return blocks;
	}

	/**
	 * Writes a 发文字号 the one way GB/T 9704 does, with 〔〕 and 号, whatever brackets the file used, and its code as the
	 * file spells it.
	 */
	private static String docNumber(String line, String folded, DocNumber number) {
		int start = folded.indexOf(number.issuerCode());
		return number.spelled(line.substring(start, start + number.issuerCode().length())).value();
	}

	private static HeaderBlock read(List<String> lines, List<String> folded, int floor, int numberLine,
			DocNumber number) {
		int issuerLine = previousNonBlank(lines, numberLine - 1, floor);
		String issuer = issuerLine < 0 ? null : issuer(lines.get(issuerLine), folded.get(issuerLine));
		int start = issuer == null ? numberLine : issuerLine;
		List<Integer> titleLines = titleLines(lines, folded, numberLine + 1);
		int afterTitle = titleLines.isEmpty() ? numberLine : titleLines.get(titleLines.size() - 1);
		int recipientsEnd = recipientsEnd(lines, folded, afterTitle + 1);
		List<String> recipients = recipientsEnd < 0 ? List.of() : recipients(lines, afterTitle + 1, recipientsEnd);
		String title = titleLines.isEmpty() ? null : NoticeLines.join(titleLines.stream().map(lines::get).toList());
		boolean forward = title != null && Folded.fold(title).contains("转发");
		DocumentHeader header = new DocumentHeader(issuer, docNumber(lines.get(numberLine), folded.get(numberLine), number), title, recipients,
				forward ? DocumentKind.FORWARD : DocumentKind.ISSUE, null);
		return new HeaderBlock(start, Math.max(afterTitle, recipientsEnd), header);
	}

	private static String issuer(String line, String folded) {
		if (line.length() > 40 || SENTENCE.matcher(folded).find() || Numbering.of(folded) != null) {
			return null;
		}
		return folded.endsWith("文件") ? NoticeLines.strip(line.substring(0, line.length() - 2)) : line;
	}

	/**
	 * The title runs until a line ends in the document's kind (…的通知); a title wrapped over lines by a PDF is
	 * joined again. Without such an ending only the first line is taken, unless the recipients follow.
	 */
	private static List<Integer> titleLines(List<String> lines, List<String> folded, int from) {
		List<Integer> taken = new ArrayList<>();
		for (int i = nextNonBlank(lines, from); i >= 0 && taken.size() < MAX_TITLE_LINES; i = nextNonBlank(lines, i + 1)) {
			String f = folded.get(i);
			if (f.endsWith("：") || f.contains("。")) {
				return taken;
			}
			taken.add(i);
			if (TITLE_END.matcher(f).find() && !continuesTitle(lines, folded, i)) {
				return taken;
			}
		}
		return taken.isEmpty() ? taken : List.of(taken.get(0));
	}

	/**
	 * A title wrapped after a kind word inside it (…工作要点 / 的通知) goes on: no line of a document's head
	 * starts with 的.
	 */
	private static boolean continuesTitle(List<String> lines, List<String> folded, int line) {
		int next = nextNonBlank(lines, line + 1);
		return next >= 0 && folded.get(next).startsWith("的");
	}

	private static int recipientsEnd(List<String> lines, List<String> folded, int from) {
		int seen = 0;
		for (int i = nextNonBlank(lines, from); i >= 0 && seen < MAX_RECIPIENT_LINES; i = nextNonBlank(lines, i + 1)) {
			String f = folded.get(i);
			if (f.endsWith("：")) {
				return i;
			}
			if (f.contains("。")) {
				return -1;
			}
			seen++;
		}
		return -1;
	}

	/** 主送机关 are separated by full-width commas only: 各县、区双拥办 is one recipient. */
	private static List<String> recipients(List<String> lines, int from, int to) {
		String text = NoticeLines.join(lines.subList(from, to + 1));
		text = text.substring(0, text.length() - 1);
		String folded = Folded.fold(text);
		List<String> recipients = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= folded.length(); i++) {
			if (i == folded.length() || folded.charAt(i) == '，') {
				String recipient = NoticeLines.strip(text.substring(start, i));
				if (!recipient.isEmpty()) {
					recipients.add(recipient);
				}
				start = i + 1;
			}
		}
		return recipients;
	}

	private static int nextNonBlank(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	private static int previousNonBlank(List<String> lines, int from, int floor) {
		for (int i = from; i >= floor; i--) {
			if (!lines.get(i).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	/** A document's head in the notice's lines, from its issuer (or number) line to its recipients. */
	record HeaderBlock(int start, int end, DocumentHeader header) {
	}
}

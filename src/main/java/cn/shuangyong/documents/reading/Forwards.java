package cn.shuangyong.documents.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.shuangyong.documents.DocNumber;

/**
 * Links a forward to the document it forwards: the 发文字号 its title or body cites (…（某拥办〔2021〕2号）转发给你们),
 * or else the number of the document that follows it in the notice.
 */
final class Forwards {

	// The words before an abbreviation in a running text (关于转发某拥办〔2021〕2号…): the number starts after them.
	private static final Pattern LEAD_IN = Pattern.compile(".*(?:转发|印发|关于|根据|按照|依据|现将|将|的)");
	private static final Pattern NAMED = Pattern.compile("《([^《》]+)》");

	private Forwards() {
	}

	static DocumentHeader withForwarded(DocumentHeader forward, String body, String nextNumber) {
		String cited = cited(forward.title() == null ? "" : forward.title());
		if (cited == null || cited.equals(forward.docNumber())) {
			cited = cited(body);
		}
		String forwarded = cited != null && !cited.equals(forward.docNumber()) ? cited : nextNumber;
		return new DocumentHeader(forward.issuer(), forward.docNumber(), forward.title(), forward.recipients(),
				forward.kind(), forwarded);
	}

	/** The name in 《》 of a notice's title (…关于印发《2020年…工作要点》的通知), or the title itself. */
	static String namedDocument(String title) {
		if (title == null) {
			return null;
		}
		Matcher named = NAMED.matcher(title);
		return named.find() ? named.group(1) : title;
	}

	private static String cited(String text) {
		String folded = Folded.fold(text);
		return DocNumber.cited(folded).map(cited -> {
			String abbreviation = text.substring(cited.start(), cited.end());
			Matcher leadIn = LEAD_IN.matcher(folded.substring(cited.start(), cited.end()));
			if (leadIn.lookingAt() && leadIn.end() < abbreviation.length()) {
				abbreviation = abbreviation.substring(leadIn.end());
			}
			return cited.number().spelled(abbreviation).value();
		}).orElse(null);
	}
}

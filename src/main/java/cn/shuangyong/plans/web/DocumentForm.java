package cn.shuangyong.plans.web;

import java.util.Arrays;
import java.util.List;

import cn.shuangyong.documents.reading.DocumentHeader;

/**
 * A corrected document header. Recipients are separated by full-width commas as documents write them, so that
 * 各县（市、区）双拥办 stays one recipient.
 */
record DocumentForm(String issuer, String docNumber, String title, String recipients, String forwards) {

	DocumentHeader apply(DocumentHeader original) {
		return new DocumentHeader(strip(issuer), strip(docNumber), strip(title), recipientList(), original.kind(),
				strip(forwards) == null ? original.forwards() : strip(forwards));
	}

	private List<String> recipientList() {
		if (recipients == null || recipients.isBlank()) {
			return List.of();
		}
		return Arrays.stream(recipients.split("[，,;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

package cn.shuangyong.documents.reading;

import java.util.List;

/**
 * The head of one official document: issuer, 发文字号, title and 主送机关. A forward names in {@code forwards} the
 * number of the document it passes on, when the notice shows it.
 */
public record DocumentHeader(String issuer, String docNumber, String title, List<String> recipients,
		DocumentKind kind, String forwards) {

	public DocumentHeader {
		recipients = List.copyOf(recipients);
	}
}

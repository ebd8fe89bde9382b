package cn.shuangyong.documents.writing;

import java.time.LocalDate;
import java.util.List;

/**
 * What an official document says, in the parts GB/T 9704-2012 (7) lays out: the 版头 (issuing mark and number), the
 * 主体 (title, 主送, body, 附件说明, signature and date) and the 版记 (抄送, 印发机关和印发日期).
 *
 * @param mark the 发文机关标志 (7.2.4): the office's name, with 文件 for a formal document (某某县双拥工作领导小组办公室文件),
 * without it for a letter (函)
 * @param number the 发文字号; null in a draft, which says 征求意见稿 where the number would be
 * @param title the title; a {@code \n} marks where a title too long for one line may break (7.3.1: 回行时要做到词意
 * 完整), and is dropped when the title fits on one line
 * @param addressee the 主送机关, without the closing colon
 * @param body the paragraphs, headings and tables of the text
 * @param attachments the names of the attachments, in order (附件说明, 7.3.4); empty for none
 * @param signature the issuing office and the date the document was written
 * @param imprint the 版记; null for none
 */
public record OfficialDocument(String mark, String number, String title, String addressee, List<Block> body,
		List<String> attachments, Signature signature, Imprint imprint) {

	public OfficialDocument {
		body = List.copyOf(body);
		attachments = List.copyOf(attachments);
	}

	/** The 发文机关署名 and the 成文日期 (7.3.5). */
	public record Signature(String issuer, LocalDate date) {
	}

	/**
	 * The 版记 (7.4): the offices copied ({@code copiedTo}, null for none), and the office that printed the document
	 * with the date it did.
	 */
	public record Imprint(String copiedTo, String printedBy, LocalDate printedOn) {
	}
}

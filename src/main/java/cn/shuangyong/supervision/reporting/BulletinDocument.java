package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.writing.OfficialDocument;
import cn.shuangyong.documents.writing.OfficialLayout;

/**
 * A 情况通报 as an official document: red agency mark, number, title, 主送机关, the body with the figures, and the
 * issuer's name and date with room for the seal.
 *
 * <p>The agency mark is the issuing office's name followed by 文件, not a "情况通报" masthead: a bulletin that carries
 * a document number (云拥办〔2020〕N号) is a formal 通报, one of the fifteen kinds of 公文 in the 党政机关公文处理工作条例
 * (art. 8), and GB/T 9704 (7.2.4) gives formal documents the 机关名称 + 文件 mark. The "情况通报" masthead belongs to
 * 简报-style bulletins numbered by issue (第N期), which these are not.
 */
public final class BulletinDocument {

	private BulletinDocument() {
	}

	/** A draft has no document number and says 征求意见稿 where the number would be. */
	public static byte[] write(BulletinContent content) {
		return OfficialLayout.docx(new OfficialDocument(content.issuer() + "文件", content.docNumber(),
				breakable(content.title()), content.recipients(), BulletinBody.of(content), List.of(),
				new OfficialDocument.Signature(content.issuer(), content.date()),
				new OfficialDocument.Imprint(null, content.issuer(), content.date())));
	}

	/** A title too long for one line breaks before 落实情况的通报, so no word is split (7.3.1: 回行时要做到词意完整). */
	private static String breakable(String title) {
		int at = title.lastIndexOf("落实情况");
		return at > 0 ? title.substring(0, at) + "\n" + title.substring(at) : title;
	}

	/** What goes into a bulletin. {@code docNumber} is null in a draft. */
	public record BulletinContent(String issuer, String docNumber, String title, String recipients, String planTitle,
			String planNumber, LocalDate date, BulletinFigures figures) {

		public BulletinContent numbered(String number) {
			return new BulletinContent(issuer, number, title, recipients, planTitle, planNumber, date, figures);
		}
	}
}

package cn.shuangyong.supervision.urging;

import java.util.Arrays;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.OfficialDocument;
import cn.shuangyong.documents.writing.OfficialLayout;

/**
 * A notice (提醒、催办、督办) as an official letter: the issuing office's name as the mark (a 函 carries no 文件), the
 * number, the title, the lead units as 主送, the text, the office and date, and the cooperating units under 抄送.
 */
public final class NoticeDocument {

	private NoticeDocument() {
	}

	public static byte[] write(NoticeView notice) {
		List<Block> body = Arrays.stream(notice.body().split("\n")).filter(line -> !line.isBlank())
			.map(Block::paragraph).toList();
		return OfficialLayout.docx(new OfficialDocument(notice.issuerName(), notice.docNumber(), notice.title(),
				notice.addressees(), body, List.of(),
				new OfficialDocument.Signature(notice.issuerName(), notice.issuedOn()),
				new OfficialDocument.Imprint(notice.copied(), notice.issuerName(), notice.issuedOn())));
	}
}

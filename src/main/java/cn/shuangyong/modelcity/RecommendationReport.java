package cn.shuangyong.modelcity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.OfficialDocument;
import cn.shuangyong.documents.writing.OfficialLayout;

/**
 * The recommendation report as an official document (policy-facts §11): the office's mark, the 发文字号 the office
 * gave it, the title, the office above as 主送, the text with one first-level heading per recommended candidate in
 * ranking order, 特此报告, and the signature and date.
 */
final class RecommendationReport {

	private RecommendationReport() {
	}

	/** A recommended candidate: its region, and what follows its name in its heading. */
	record Recommended(String regionName, String scores) {
	}

	record Content(String issuer, DocNumber number, String title, String addressee, List<String> paragraphs,
			List<Recommended> candidates, LocalDate date) {
	}

	static byte[] write(Content content) {
		List<Block> body = new ArrayList<>();
		content.paragraphs().forEach(text -> body.add(Block.paragraph(text)));
		content.candidates().forEach(c -> body.add(Block.heading(1, c.regionName(), c.scores())));
		body.add(Block.paragraph("特此报告。"));
		return OfficialLayout.docx(new OfficialDocument(content.issuer() + "文件", content.number().value(),
				content.title(), content.addressee(), body, List.of(),
				new OfficialDocument.Signature(content.issuer(), content.date()), null));
	}
}

package cn.shuangyong.beneficiaries.visits;

import java.util.Arrays;
import java.util.List;

import cn.shuangyong.documents.writing.Block;
import cn.shuangyong.documents.writing.ListDocument;
import cn.shuangyong.documents.writing.ListLayout;

/**
 * The roster laid out for the PDF, as a list in the fonts and margins of official documents: the same columns as the
 * .xlsx, the rows tall enough to sign in, the header row repeated on every page and the watermark (who exported it,
 * when) at the head of every page. It exists because the machine's LibreOffice is the Writer-only build
 * (libreoffice-writer-nogui, no Calc), which converts .docx, not .xlsx.
 */
final class RosterDocument {

	private RosterDocument() {
	}

	static byte[] write(Roster roster) {
		List<String> headers = Arrays.asList(RosterWorkbook.HEADERS.clone());
		headers.set(5, roster.kind().column());
		List<List<String>> rows = roster.rows().stream()
			.map(line -> List.of(Integer.toString(line.number()), text(line.name()), text(line.idMasked()),
					text(line.categories()), text(line.place()), text(line.gift()), "", ""))
			.toList();
		return ListLayout.docx(new ListDocument(roster.campaignTitle() + roster.kind().title(), roster.scopeName(),
				List.of(new ListDocument.Section(null, Block.table(headers, rows), null, true)), roster.watermark()));
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}

package cn.shuangyong.beneficiaries.visits;

import java.nio.file.Path;
import java.util.List;

import cn.shuangyong.documents.writing.RenderedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The distribution roster as a reader sees it (LibreOffice → PDF → PNG): a landscape list with the watermark on top. */
class RosterDocumentRenderingTest {

	@Test
	void theRosterIsALandscapeListWithItsWatermarkAndASignatureColumn() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		Roster roster = new Roster(RosterKind.MONEY, "2020年春节走访慰问", "禄丰市",
				List.of(new Roster.Row(1, "张某某", "532331********0012", "伤残军人", "禄丰市金山镇", "1000.00")),
				"lufeng 导出于 2020-09-30 10:00");

		RenderedDocument page = RenderedDocument.of(RosterDocument.write(roster),
				Path.of("target", "screenshots", "documents", "roster.png"));

		assertThat(page.landscape()).isTrue();
		assertThat(page.flatText()).contains("2020年春节走访慰问慰问金发放花名册", "禄丰市", "lufeng导出于", "领取人签名",
				"532331********0012", "1000.00");
		assertThat(page.numbersItsPages()).as("— 1 —").isTrue();
	}
}

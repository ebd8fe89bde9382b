package cn.shuangyong.duallist;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import cn.shuangyong.documents.writing.ListLayout;
import cn.shuangyong.documents.writing.RenderedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The double list's .docx as a reader sees it (LibreOffice → PDF → PNG): a list in the fonts and margins of official
 * documents, on landscape pages since its six columns are too wide for a portrait one, every side and kind under its
 * heading, and black throughout.
 */
class DualListDocumentRenderingTest {

	private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/duallist", Locale.ROOT);

	@Test
	void theListIsLaidOutOnLandscapePagesWithATablePerSideAndKind() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		DualList list = new DualList(1, "5323", null, 2020, 9, "楚雄彝族自治州双拥工作领导小组办公室", null, null, 1);
		Entry road = new Entry(1, 1, EntrySide.MILITARY, EntryKind.NEED, "民兵训练基地进场道路维修",
				"训练基地进场道路约3公里，雨季多处塌方，影响训练保障。", new Entry.UnitRef(5, "楚雄军分区"), "junfenqu",
				EntryState.ACCEPTED, new Entry.UnitRef(6, "楚雄州交通运输局"), List.of(), LocalDate.of(2020, 12, 31), null,
				null, null, null, null, 1);

		byte[] docx = ListLayout.docx(DualListExport.document(list, List.of(road), TEXTS::getString));
		RenderedDocument page = RenderedDocument.of(docx, Path.of("target", "screenshots", "documents", "dual-list.png"));

		assertThat(page.landscape()).as("six columns of text need a landscape page").isTrue();
		assertThat(page.flatText()).contains("楚雄彝族自治州双拥工作领导小组办公室2020年度双清单",
				TEXTS.getString(EntrySide.MILITARY.messageKey()) + TEXTS.getString(EntryKind.NEED.messageKey()),
				"民兵训练基地进场道路维修", "楚雄州交通运输局", "2020-12-31", "（无）");
		assertThat(page.numbersItsPages()).as("— 1 —").isTrue();
		assertThat(page.redShare(0.0, 1.0)).as("a list has no red mark").isLessThan(0.0002);
	}
}

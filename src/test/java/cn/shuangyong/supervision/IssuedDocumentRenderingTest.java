package cn.shuangyong.supervision;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.writing.RenderedDocument;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.reporting.BulletinDocument;
import cn.shuangyong.supervision.reporting.BulletinDrafting;
import cn.shuangyong.supervision.reporting.BulletinFigures;
import cn.shuangyong.supervision.urging.NoticeDocument;
import cn.shuangyong.supervision.urging.NoticeKind;
import cn.shuangyong.supervision.urging.NoticeView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bulletin and the urging notice as a reader sees them (LibreOffice → PDF → PNG): a GB/T 9704 page with the red
 * mark 35 mm into the type area, the number over a red rule, black text, and the page number.
 */
class IssuedDocumentRenderingTest {

	private static final LocalDate DAY = LocalDate.of(2020, 9, 15);

	@Test
	void aBulletinShowsTheRedMarkTheNumberTheTitleTheFiguresAndThePageNumber() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		BulletinFigures figures = new BulletinFigures(DAY, RegionLevel.PREFECTURE, new BulletinFigures.Count(4, 1, 1, 1, 1),
				List.of(new BulletinFigures.UnitLine(1, 1, "楚雄州退役军人事务局", new BulletinFigures.Count(2, 1, 0, 1, 0)),
						new BulletinFigures.UnitLine(2, 2, "楚雄州教育体育局", new BulletinFigures.Count(2, 0, 1, 0, 1))),
				List.of(new BulletinFigures.RegionLine(1, "532301", "楚雄市", new BulletinFigures.Count(1, 1, 0, 0, 0))),
				List.of(new BulletinFigures.OverdueItem("3", "开展双拥宣传月活动", "楚雄州教育体育局", LocalDate.of(2020, 9, 10), 5)));
		String issuer = "楚雄彝族自治州双拥工作领导小组办公室";
		byte[] docx = BulletinDocument.write(new BulletinDocument.BulletinContent(issuer, "楚拥办通〔2020〕2号",
				BulletinDrafting.title("2020年楚雄州双拥工作要点"), "楚雄州退役军人事务局，楚雄州教育体育局", "2020年楚雄州双拥工作要点",
				"楚拥办通〔2020〕1号", DAY, figures));

		RenderedDocument page = RenderedDocument.of(docx, Path.of("target", "screenshots", "documents", "bulletin.png"));

		assertThat(page.flatText()).contains(issuer + "文件", "楚拥办通〔2020〕2号", "关于2020年楚雄州双拥工作要点落实情况的通报",
				"楚雄州退役军人事务局，楚雄州教育体育局：", "截至2020年9月15日，共分解任务4项", "一、总体情况", "二、各牵头单位落实情况",
				"（一）州（市）级牵头单位", "楚雄州教育体育局", "（二）各县（市、区）", "楚雄市");
		assertThat(page.numbersItsPages()).as("— 1 —").isTrue();
		assertRedHeadAndBlackText(page);
	}

	@Test
	void anUrgingNoticeShowsTheOfficeTheNumberTheTextTheSignatureAndTheCopiedUnits() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		NoticeView notice = new NoticeView(1, 1, "7", NoticeKind.CUI_BAN, "云拥办督〔2020〕3号", 1, "云南省双拥工作领导小组办公室",
				"关于催办云拥办〔2020〕1号第7项工作任务的通知", "省退役军人事务厅", "省教育厅", """
						《2020年云南省双拥工作要点》（云拥办〔2020〕1号）第7项工作任务的截止日期为2020年9月10日，该任务已逾期5天，尚未办结销号。
						请于2020年9月22日前报送办理进展。
						请省教育厅按照分工积极配合。""", LocalDate.of(2020, 9, 10), 5, LocalDate.of(2020, 9, 22), DAY, "yunnan",
				true, Instant.now());

		RenderedDocument page = RenderedDocument.of(NoticeDocument.write(notice),
				Path.of("target", "screenshots", "documents", "urging-notice.png"));

		assertThat(page.flatText()).contains("云南省双拥工作领导小组办公室", "云拥办督〔2020〕3号", "关于催办云拥办〔2020〕1号第7项工作任务的通知",
				"省退役军人事务厅：", "该任务已逾期5天", "2020年9月15日", "抄送：省教育厅。", "2020年9月15日印发");
		assertThat(page.numbersItsPages()).as("— 1 —").isTrue();
		assertRedHeadAndBlackText(page);
	}

	/**
	 * GB/T 9704: the mark's top edge 35 mm under the type area's (72 mm of 297 from the page's top edge), the red rule
	 * under the number further down, everything under the rule black.
	 */
	static void assertRedHeadAndBlackText(RenderedDocument page) {
		assertThat(page.redShare(0.0, 0.22)).as("nothing red above the mark").isLessThan(0.0002);
		assertThat(page.redShare(0.22, 0.32)).as("the agency mark is red").isGreaterThan(0.01);
		assertThat(page.redShare(0.34, 0.42)).as("the line under the number is red").isGreaterThan(0.001);
		assertThat(page.redShare(0.43, 1.0)).as("title and body are black").isLessThan(0.0002);
	}
}

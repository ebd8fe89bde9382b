package cn.shuangyong.modelcity;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.documents.writing.RenderedDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The recommendation report as a reader sees it (LibreOffice → PDF → PNG), laid out like every official document. */
class RecommendationReportRenderingTest {

	@Test
	void theReportShowsTheRedMarkTheNumberOneHeadingPerCandidateAndTheDate() throws Exception {
		assumeTrue(RenderedDocument.rendererInstalled(), "LibreOffice or poppler-utils is not installed");
		byte[] docx = RecommendationReport.write(new RecommendationReport.Content("楚雄彝族自治州双拥工作领导小组办公室",
				DocNumber.parse("楚双拥〔2020〕8号", "发文字号"), "关于推荐2020年度双拥模范城（县）的报告", "云南省双拥工作领导小组办公室",
				List.of("按照双拥模范城（县）创建命名工作的有关要求，我们对本地区2020年度候选单位进行了考评。", "经研究，现推荐以下 2 个候选单位（按审核得分排序）："),
				List.of(new RecommendationReport.Recommended("南华县", "：审核得分 92.5 分（满分 100 分），排名第 1 位。"),
						new RecommendationReport.Recommended("禄丰市", "：审核得分 88 分（满分 100 分），排名第 2 位。")),
				LocalDate.of(2020, 9, 30)));

		RenderedDocument page = RenderedDocument.of(docx,
				Path.of("target", "screenshots", "documents", "recommendation-report.png"));

		assertThat(page.flatText()).contains("楚雄彝族自治州双拥工作领导小组办公室文件", "楚双拥〔2020〕8号",
				"关于推荐2020年度双拥模范城（县）的报告", "云南省双拥工作领导小组办公室：", "一、南华县：审核得分92.5分", "二、禄丰市", "特此报告。",
				"2020年9月30日");
		assertThat(page.numbersItsPages()).as("— 1 —").isTrue();
		assertThat(page.redShare(0.0, 0.22)).as("nothing red above the mark").isLessThan(0.0002);
		assertThat(page.redShare(0.22, 0.32)).as("the agency mark is red").isGreaterThan(0.01);
		assertThat(page.redShare(0.34, 0.42)).as("the line under the number is red").isGreaterThan(0.001);
		assertThat(page.redShare(0.43, 1.0)).as("title and body are black").isLessThan(0.0002);
	}
}

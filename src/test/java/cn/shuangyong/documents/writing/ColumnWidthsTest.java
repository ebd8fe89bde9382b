package cn.shuangyong.documents.writing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColumnWidthsTest {

	@Test
	void shortColumnsKeepTheirWidthAndTheLongTextIsCutToWhatIsLeft() {
		double[] wanted = ColumnWidths.wanted(List.of("序号", "内容", "时限"),
				List.of(List.of("1", "训练基地进场道路约3公里，雨季多处塌方，影响训练保障，请协调维修并纳入年度计划。", "2020-12-31")));
		double[] widths = ColumnWidths.fit(wanted, 30);

		assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(30, within(0.001));
		assertThat(widths[1]).isGreaterThan(widths[0]).isGreaterThan(widths[2]);
		assertThat(widths[2]).as("the date keeps its six characters").isGreaterThanOrEqualTo(wanted[2]);
	}

	@Test
	void narrowTablesShareOutTheSpareWidthInProportion() {
		double[] widths = ColumnWidths.fit(new double[] { 2, 6 }, 32);

		assertThat(widths).containsExactly(new double[] { 8, 24 }, within(0.001));
	}

	@Test
	void aTableOfManyColumnsOfTextWantsALandscapePageAndAFewFiguresDoNot() {
		double[] roster = ColumnWidths.wanted(List.of("序号", "标题及内容", "提出单位", "责任单位", "时限", "状态"),
				List.of(List.of("1", "民兵训练基地进场道路维修：道路约3公里", "楚雄彝族自治州人民武装部", "楚雄州交通运输局", "2020-12-31", "已受理")));
		double[] figures = ColumnWidths.wanted(List.of("排名", "牵头单位", "任务数", "按期办结"),
				List.of(List.of("1", "楚雄州退役军人事务局", "12", "10")));

		assertThat(ColumnWidths.wide(roster, 36.8)).isTrue();
		assertThat(ColumnWidths.wide(figures, 36.8)).isFalse();
	}

	@Test
	void aTableTooWideFoldsItsLongHeadersBeforeANameWraps() {
		List<String> headers = List.of("排名", "牵头单位", "任务数", "按期办结", "逾期办结", "正在办理", "逾期未办结");
		List<List<String>> rows = List.of(List.of("1", "省人力资源社会保障厅", "14", "2", "1", "11", "0"));

		double[] side = ColumnWidths.wanted(headers, rows);
		double[] folded = ColumnWidths.wanted(headers, rows, 36.8);
		double[] widths = ColumnWidths.fit(folded, 36.8);

		assertThat(java.util.Arrays.stream(side).sum()).as("side by side they do not fit").isGreaterThan(36.8);
		assertThat(folded[6]).as("逾期未/办结 on two lines").isEqualTo(4);
		assertThat(folded[0]).as("a short header does not fold").isEqualTo(3);
		assertThat(widths[1]).as("the name keeps its ten characters").isGreaterThanOrEqualTo(11);
		assertThat(ColumnWidths.wanted(headers.subList(0, 3), List.of(rows.get(0).subList(0, 3)), 36.8))
			.as("a table that fits keeps its headers whole").containsExactly(3, 11, 4);
	}
}

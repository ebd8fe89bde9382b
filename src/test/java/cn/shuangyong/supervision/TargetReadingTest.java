package cn.shuangyong.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets are read from an item's text only in the shape the notices use; anything else is left to the office. */
class TargetReadingTest {

	@Test
	void readsTheThreeTargetsOfItem4() {
		String item4 = "积极参加全国双拥主题征文、专栏宣传、公益短片和微视频展播活动，各州市理论研究成果、公益短片和微视频各不少于1篇（部），"
				+ "集中反映全省双拥战线精神风貌。";
		assertThat(TargetReading.read(item4)).containsExactly(
				new Target.Draft("理论研究成果", "篇（部）", 1, true), new Target.Draft("公益短片", "篇（部）", 1, true),
				new Target.Draft("微视频", "篇（部）", 1, true));
	}

	@Test
	void readsChineseNumbersAndOtherMeasures() {
		assertThat(TargetReading.read("各州（市）宣讲报告会、文艺演出各不少于三场。")).containsExactly(
				new Target.Draft("宣讲报告会", "场", 3, true), new Target.Draft("文艺演出", "场", 3, true));
		assertThat(TargetReading.read("每个州市典型案例各不少于十二个")).containsExactly(new Target.Draft("典型案例", "个", 12, true));
	}

	@Test
	void leavesOtherWordingAlone() {
		assertThat(TargetReading.read("持续开展助力随军家属就业工程，集中举办专场招聘会。")).isEmpty();
		assertThat(TargetReading.read("全省至少举办1场招聘会")).isEmpty();
		assertThat(TargetReading.read(null)).isEmpty();
	}
}

package cn.shuangyong.supervision.tasklife;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's title is its item's first sentence, cut at a pause with an ellipsis when it is too long for a list. */
class TaskTitleTest {

	@Test
	void aShortFirstSentenceIsTheWholeTitle() {
		assertThat(TaskTitle.of("加强双拥宣传，营造浓厚氛围。第二句不进标题。")).isEqualTo("加强双拥宣传，营造浓厚氛围");
	}

	@Test
	void aLongSentenceIsCutAtItsLastPauseWithAnEllipsisNotAtItsFirstComma() {
		String item3 = "利用重大节日、纪念日,采取组织军营开放、过“社会一日”、参观爱国主义和国防教育基地、举办形势政策报告会、"
				+ "在公共场所播放双拥宣传片和公益广告等形式开展双拥宣传教育,奏响爱我人民爱我军的双拥主旋律。";
		String title = TaskTitle.of(item3);
		assertThat(title).startsWith("利用重大节日、纪念日,采取组织军营开放").endsWith("…");
		assertThat(title.length()).isLessThanOrEqualTo(TaskTitle.MAX + 1).isGreaterThan(TaskTitle.MAX / 2);
		assertThat(TaskTitle.of("配合南部战区落实拥军支前军地协调机制，开展拥军支前应急演练，保障部队完成边境维权、联合演训、"
				+ "抢险救灾、重大活动安保等多样化军事任务。深化提升“城舰共建”成效。"))
			.isEqualTo("配合南部战区落实拥军支前军地协调机制，开展拥军支前应急演练…");
	}

	@Test
	void aSentenceWithoutPausesIsCutAtTheLineLength() {
		String text = "甲".repeat(70);
		assertThat(TaskTitle.of(text)).isEqualTo("甲".repeat(TaskTitle.MAX) + "…");
	}
}

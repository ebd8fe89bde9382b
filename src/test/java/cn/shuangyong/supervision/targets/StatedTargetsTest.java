package cn.shuangyong.supervision.targets;

import java.util.List;

import cn.shuangyong.documents.reading.NoticeReader;
import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Supervision counts the targets the notice reader finds, as far as its table by region can count them. */
class StatedTargetsTest {

	private final NoticeReader reader = new NoticeReader();

	@Test
	void countsItem4PerPrefectureInTheMeasureWordOfEachThing() {
		String item4 = "积极参加全国双拥主题征文、专栏宣传、公益短片和微视频展播活动，各州市理论研究成果、公益短片和微视频各不少于1篇（部），"
				+ "集中反映全省双拥战线精神风貌。";
		assertThat(StatedTargets.of(reader.readTargets(item4), RegionLevel.PROVINCE)).containsExactly(
				new Target.Draft("理论研究成果", "篇", 1, true), new Target.Draft("公益短片", "部", 1, true),
				new Target.Draft("微视频", "部", 1, true));
	}

	@Test
	void aMinimumPerCountyIsPerRowInAPrefecturesPlanAndLeftToTheOfficeInAProvincialOne() {
		var stated = reader.readTargets("各县（市、区）每年至少开展2次国防教育活动；全州举办专场招聘会不少于三场。");
		assertThat(StatedTargets.of(stated, RegionLevel.PREFECTURE)).containsExactly(
				new Target.Draft("国防教育活动", "次", 2, true), new Target.Draft("举办专场招聘会", "场", 3, false));
		assertThat(StatedTargets.of(stated, RegionLevel.PROVINCE))
			.containsExactly(new Target.Draft("举办专场招聘会", "场", 3, false));
	}

	@Test
	void leavesRatesAmountsAndFractionsToTheOffice() {
		assertThat(StatedTargets.of(reader.readTargets("光荣牌悬挂率达到95%以上，各州市投入资金不少于10万元，"
				+ "各州市培训不少于1.5期。"), RegionLevel.PROVINCE)).isEmpty();
		assertThat(StatedTargets.of(reader.readTargets("持续开展助力随军家属就业工程，集中举办专场招聘会。"), RegionLevel.PROVINCE))
			.isEmpty();
	}
}

package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Targets as real notices write them. Beside the seed's item 4, the sentences are quoted from other public notices,
 * each with its address, so the rules are checked on wording the seed does not have.
 */
class TargetsTest {

	@Test
	void readsItem4AsOneMinimumPerPrefectureWithEachThingsMeasureWord() {
		List<QuantitativeTarget> targets = Targets.find("积极参加全国双拥主题征文、专栏宣传、公益短片和微视频展播活动，"
				+ "各州市理论研究成果、公益短片和微视频各不少于1篇（部），集中反映全省双拥战线精神风貌。");

		assertThat(targets).singleElement().satisfies(t -> {
			assertThat(t.scope()).isEqualTo(TargetScope.PREFECTURE);
			assertThat(t.counts()).containsExactly(new TargetCount("理论研究成果", BigDecimal.ONE, "篇"),
					new TargetCount("公益短片", BigDecimal.ONE, "部"), new TargetCount("微视频", BigDecimal.ONE, "部"));
		});
	}

	// 青海省第三次全国经济普查宣传工作要求, http://wendang9.com/detail.aspx?unid=215474
	@Test
	void readsTheThingsFromTheSentencesHeadingAndTheLevelAfterAPlace() {
		assertThat(Targets.find("8.展板及黑板报:每个社区、居委会、村委会不得少于3期。")).singleElement().satisfies(t -> {
			assertThat(t.per()).isEqualTo("社区、居委会、村委会");
			assertThat(t.scope()).isEqualTo(TargetScope.VILLAGE);
			assertThat(t.counts()).containsExactly(new TargetCount("展板", new BigDecimal("3"), "期"),
					new TargetCount("黑板报", new BigDecimal("3"), "期"));
		});
		assertThat(Targets.find("9.公交车车体广告:省普查办20辆,西宁市普查办20辆,西宁市四区三县每个区、县不得少于10辆。"))
			.singleElement().satisfies(t -> {
				assertThat(t.per()).isEqualTo("区、县");
				assertThat(t.scope()).isEqualTo(TargetScope.COUNTY);
				assertThat(t.counts()).containsExactly(new TargetCount("公交车车体广告", new BigDecimal("10"), "辆"));
			});
		assertThat(Targets.find("3.宣传横幅:西宁市四区每个社区不得少于10条,其余各市(州)、县(市、行委)政府所在地每个普查区5条。"))
			.singleElement().satisfies(t -> {
				assertThat(t.scope()).isEqualTo(TargetScope.VILLAGE);
				assertThat(t.counts()).containsExactly(new TargetCount("宣传横幅", new BigDecimal("10"), "条"));
			});
	}

	// The same notice: measures that are not one character.
	@Test
	void readsMeasuresOfLengthAndArea() {
		assertThat(Targets.find("6.灯杆路旗:西宁市四区每个社区至少悬挂2公里,其余各市(州)政府所在地至少1公里。"))
			.flatExtracting(QuantitativeTarget::counts).extracting(TargetCount::min, TargetCount::unit)
			.containsExactly(tuple(new BigDecimal("2"), "公里"), tuple(new BigDecimal("1"), "公里"));
		assertThat(Targets.find("4.围挡广告:西宁市市区主要建筑物工地围挡广告每个区不少于500㎡,其余各市(州)、县(市、行委)政府所在地不少于300㎡."))
			.first().satisfies(t -> {
				assertThat(t.scope()).isEqualTo(TargetScope.COUNTY);
				assertThat(t.counts()).containsExactly(new TargetCount("围挡广告", new BigDecimal("500"), "㎡"));
			});
	}

	// 乡创建双拥模范活动实施方案, https://3366ai.com/p-3939982c1262b3ff.html
	@Test
	void countsWhatFollowsTheFrequencyNotWhoDoesItAndInTotalWhenNoLevelIsNamed() {
		assertThat(Targets.find("乡党委、政府每年研究双拥工作不少于两次。")).singleElement().satisfies(t -> {
			assertThat(t.scope()).isEqualTo(TargetScope.TOTAL);
			assertThat(t.counts()).containsExactly(new TargetCount("研究双拥工作", new BigDecimal("2"), "次"));
		});
	}

	@Test
	void choosesBetweenTwoMeasureWordsByWhatIsCounted() {
		assertThat(Classifiers.unitFor("走访慰问", "个", "次")).isEqualTo("次");
		assertThat(Classifiers.unitFor("退役军人服务站", "个", "次")).isEqualTo("个");
		assertThat(Classifiers.unitFor("专场招聘会", "场", "次")).isEqualTo("场");
		assertThat(Classifiers.unitFor("困难军属家庭", "人", "户")).isEqualTo("户");
		assertThat(Classifiers.unitFor("志愿者", "人", "户")).isEqualTo("人");
		assertThat(Classifiers.unitFor("宣传栏", "个", "期")).isEqualTo("期");
		assertThat(Classifiers.unitFor("拥军实事", "项", "件")).isEqualTo("件");
		assertThat(Classifiers.unitFor("某物", "个", "次")).isEqualTo("个");
	}

	@Test
	void readsTheScopeOfEachLevel() {
		assertThat(Stream.of("州（市）", "州市", "县（市、区）", "县市区", "乡镇", "村（社区）", "成员单位", null)
			.map(TargetScope::of)).containsExactly(TargetScope.PREFECTURE, TargetScope.PREFECTURE, TargetScope.COUNTY,
					TargetScope.COUNTY, TargetScope.TOWNSHIP, TargetScope.VILLAGE, TargetScope.UNIT, TargetScope.TOTAL);
	}

	@Test
	void readsAPerLevelMinimumForEachThingListed() {
		List<QuantitativeTarget> targets = Targets.find("积极参加展播活动，各县（市、区）征文、短视频各不少于2篇（部），集中反映风貌。");

		assertThat(targets).containsExactly(new QuantitativeTarget("各县（市、区）征文、短视频各不少于2篇（部）", "县（市、区）",
				List.of(new TargetCount("征文", new BigDecimal("2"), "篇"), new TargetCount("短视频", new BigDecimal("2"), "部"))));
	}

	@Test
	void readsAMinimumWithoutALevel() {
		List<QuantitativeTarget> targets = Targets.find("全年举办专场招聘会不少于三场。");

		assertThat(targets).singleElement().satisfies(t -> {
			assertThat(t.per()).isNull();
			assertThat(t.counts()).containsExactly(new TargetCount("举办专场招聘会", new BigDecimal("3"), "场"));
		});
	}

	@Test
	void readsTheWholeAreaAsInTotalAndNotAsAThing() {
		assertThat(Targets.find("全省至少举办1场招聘会")).singleElement().satisfies(t -> {
			assertThat(t.scope()).isEqualTo(TargetScope.TOTAL);
			assertThat(t.counts()).containsExactly(new TargetCount("招聘会", BigDecimal.ONE, "场"));
		});
	}

	@Test
	void readsTheThingCountedAfterTheMinimum() {
		assertThat(Targets.find("每个乡镇至少建成1个退役军人服务站。")).singleElement().satisfies(t -> {
			assertThat(t.per()).isEqualTo("乡镇");
			assertThat(t.counts()).containsExactly(new TargetCount("退役军人服务站", new BigDecimal("1"), "个"));
		});
	}

	@Test
	void countsTheThingAfterTheNumberWhenAFrequencyComesBeforeIt() {
		assertThat(Targets.find("各县市每年至少开展2次国防教育活动。")).singleElement().satisfies(t -> {
			assertThat(t.per()).isEqualTo("县市");
			assertThat(t.counts()).containsExactly(new TargetCount("国防教育活动", new BigDecimal("2"), "次"));
		});
	}

	@Test
	void readsNOrMoreAsAMinimum() {
		assertThat(Targets.find("光荣牌悬挂率达到95%以上")).singleElement()
			.satisfies(t -> assertThat(t.counts()).extracting(TargetCount::min, TargetCount::unit)
				.containsExactly(tuple(new BigDecimal("95"), "%")));
	}

	@Test
	void findsNoTargetInRanksOrOrdinals() {
		assertThat(Targets.find("对获得个人三等功以上荣誉的现役军人家庭送立功喜报，争取第27年率先完成")).isEmpty();
	}
}

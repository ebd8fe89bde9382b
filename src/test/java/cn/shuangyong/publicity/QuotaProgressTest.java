package cn.shuangyong.publicity;

import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.supervision.targets.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaProgressTest {

	static final WorkKind VIDEO = new WorkKind("VIDEO", "视频", true, Set.of("视频作品"));

	static final WorkKind PAPER = new WorkKind("PAPER", "论文", false, Set.of("研究论文"));

	static final Region PROVINCE = region("53", "云南省", RegionLevel.PROVINCE);

	static final Region A = region("5301", "甲州", RegionLevel.PREFECTURE);

	static final Region B = region("5323", "乙州", RegionLevel.PREFECTURE);

	@Test
	void everyPrefectureGetsItsQuotaAndCountsOnlyItsOwnAcceptedWorksOfThatItemAndKind() {
		Target video = new Target(1, 10, "视频作品", "部", 2, true, "DETECTED");
		var item = new QuotaProgress.ItemTargets(10, "4", List.of(new QuotaProgress.Counted(video, VIDEO)));
		List<QuotaLine> lines = QuotaProgress.of(List.of(item), PROVINCE, List.of(A, B), List.of(
				new WorkStore.Accepted(10, "VIDEO", "5323", 1), new WorkStore.Accepted(10, "VIDEO", "532302", 1),
				new WorkStore.Accepted(10, "PAPER", "5301", 4), new WorkStore.Accepted(11, "VIDEO", "5301", 3)));

		assertThat(lines).extracting(QuotaLine::regionName, QuotaLine::quota, QuotaLine::accepted, QuotaLine::met)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("甲州", 2, 0, false),
					org.assertj.core.groups.Tuple.tuple("乙州", 2, 2, true));
		assertThat(lines.get(0).shortBy()).isEqualTo(2);
	}

	@Test
	void aTargetInTotalIsTheIssuersWholeQuota() {
		Target papers = new Target(2, 12, "研究论文", "篇", 3, false, "OFFICE");
		var item = new QuotaProgress.ItemTargets(12, "20", List.of(new QuotaProgress.Counted(papers, PAPER)));
		List<QuotaLine> lines = QuotaProgress.of(List.of(item), PROVINCE, List.of(A, B),
				List.of(new WorkStore.Accepted(12, "PAPER", "5301", 2), new WorkStore.Accepted(12, "PAPER", "53", 2)));

		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.regionCode()).isEqualTo("53");
			assertThat(line.accepted()).isEqualTo(4);
			assertThat(line.met()).isTrue();
			assertThat(line.shortBy()).isZero();
		});
	}

	@Test
	void aKindCountsOnlyTheTargetNamesItLists() {
		assertThat(VIDEO.counts(" 视频作品 ")).isTrue();
		assertThat(VIDEO.counts("研究论文")).isFalse();
		assertThat(VIDEO.counts(null)).isFalse();
	}

	private static Region region(String code, String name, RegionLevel level) {
		return new Region(new RegionCode(code), name, level, null);
	}
}

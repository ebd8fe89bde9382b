package cn.shuangyong.supervision.urging;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every office that issues notices gets its own abbreviation: a county's single first character would give 楚雄市 the
 * prefecture's 楚拥办督 and 西山区 the same 西 as 西盟县, and their numbers would collide (found by the provincial-scale
 * benchmark, where the escalation job failed on 西拥办督〔2020〕1号).
 */
class NoticeNumbersTest {

	@Test
	void theProvinceThePrefecturesAndEveryCountyHaveDistinctAbbreviations() throws Exception {
		Map<String, String> officeOf = new HashMap<>();
		int offices = 0;
		for (Region region : regionsDownToCounties()) {
			String abbreviation = NoticeNumbers.abbreviation(region);
			String before = officeOf.put(abbreviation, region.name());
			assertThat(before).as("%s 与 %s 的代字都是“%s”", before, region.name(), abbreviation).isNull();
			offices++;
		}
		assertThat(offices).isEqualTo(1 + 16 + 129);
	}

	@Test
	void prefecturesKeepOneCharacterAndCountiesTakeTwo() {
		assertThat(NoticeNumbers.abbreviation(region("53", "云南省", RegionLevel.PROVINCE))).isEqualTo("云");
		assertThat(NoticeNumbers.abbreviation(region("5323", "楚雄彝族自治州", RegionLevel.PREFECTURE))).isEqualTo("楚");
		assertThat(NoticeNumbers.abbreviation(region("532301", "楚雄市", RegionLevel.COUNTY))).isEqualTo("楚雄");
		assertThat(NoticeNumbers.code("{abbr}拥办督〔{year}〕{n}号", "西山")).isEqualTo("西山拥办督");
	}

	private static Region region(String code, String name, RegionLevel level) {
		return new Region(new RegionCode(code), name, level, null);
	}

	private static List<Region> regionsDownToCounties() throws Exception {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				NoticeNumbersTest.class.getResourceAsStream("/directory/regions-53.csv"), StandardCharsets.UTF_8))) {
			return in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("code,")).map(l -> l.split(","))
				.filter(f -> f[0].length() <= 6)
				.map(f -> region(f[0], f[1], RegionLevel.valueOf(f[2])))
				.toList();
		}
	}
}

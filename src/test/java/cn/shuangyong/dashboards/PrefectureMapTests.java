package cn.shuangyong.dashboards;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The map's prefectures are the directory's, by the full name the dashboard colours them by. */
@PlatformTest
@TestPropertySource(properties = "shuangyong.demo.skip=plan")
class PrefectureMapTests {

	@Autowired
	Directory directory;

	@Test
	void namesEveryPrefectureOfTheDirectoryAndNothingElse() throws IOException {
		JsonNode map = JsonMapper.builder().build()
			.readTree(new ClassPathResource("static/maps/yunnan.json").getContentAsByteArray());
		List<String> names = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		map.get("features").forEach(f -> {
			names.add(f.get("properties").get("name").asString());
			codes.add(f.get("id").asString().substring(0, 4));
		});
		List<Region> prefectures = directory.children(RegionCode.of("53"));
		assertThat(prefectures).hasSize(16);
		assertThat(names).containsExactlyInAnyOrderElementsOf(prefectures.stream().map(Region::name).toList());
		assertThat(codes).containsExactlyInAnyOrderElementsOf(prefectures.stream().map(r -> r.code().value()).toList());
	}
}

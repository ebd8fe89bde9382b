package cn.shuangyong.directory;

import java.util.List;

import cn.shuangyong.PlatformTest;
import cn.shuangyong.shared.RegionLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference directory as loaded into PostgreSQL on first start. */
@PlatformTest
class DirectoryCatalogueTests {

	@Autowired
	Directory directory;

	@Autowired
	PhraseResolver resolver;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsSixteenPrefecturesAndTheirCounties() {
		List<Region> prefectures = directory.children(RegionCode.of("530000"));
		assertThat(prefectures).hasSize(16).allMatch(r -> r.level() == RegionLevel.PREFECTURE);
		long counties = prefectures.stream().mapToLong(p -> directory.children(p.code()).size()).sum();
		assertThat(counties).isEqualTo(129);
	}

	@Test
	void chuxiongHasItsTownshipsAndVillagesEachWithAServiceStation() {
		assertThat(count("select count(*) from directory.region where level = 'TOWNSHIP' and code like '5323%'")).isEqualTo(103);
		assertThat(count("select count(*) from directory.region where level = 'VILLAGE' and code like '5323%'")).isEqualTo(1106);
		assertThat(count("select count(*) from directory.unit where kind = 'SERVICE_STATION' and region_code like '5323%'"))
			.isEqualTo(103 + 1106);
	}

	@Test
	void everyProvincePrefectureAndCountyHasAnOfficeAndALeadingGroup() {
		assertThat(count("select count(*) from directory.leading_group")).isEqualTo(1 + 16 + 129);
		assertThat(count("select count(*) from directory.unit where kind = 'OFFICE'")).isEqualTo(1 + 16 + 129);
		assertThat(count("select count(*) from directory.unit where kind = 'MILITARY' and length(region_code) = 6"))
			.isEqualTo(129);
	}

	@Test
	void resolvesShortNamesUsedInDocuments() {
		assertThat(resolver.resolve("省退役军人厅", RegionCode.of("53")).orElseThrow().units())
			.extracting(Unit::name).containsExactly("云南省退役军人事务厅");
		assertThat(resolver.resolve("省人社厅", RegionCode.of("53")).orElseThrow().units())
			.extracting(Unit::name).containsExactly("云南省人力资源和社会保障厅");
		assertThat(resolver.resolve("楚雄军分区", RegionCode.of("53")).orElseThrow().kind())
			.isEqualTo(PhraseResolution.Kind.UNIT);
	}

	@Test
	void expandsGroupPhrasesToTheirMembers() {
		PhraseResolution prefectures = resolver.resolve("各州市双拥工作领导小组", RegionCode.of("53")).orElseThrow();
		assertThat(prefectures.kind()).isEqualTo(PhraseResolution.Kind.GROUP);
		assertThat(prefectures.units()).hasSize(16).allMatch(u -> u.kind() == UnitKind.OFFICE);
		PhraseResolution members = resolver.resolve("省双拥工作领导小组成员单位", RegionCode.of("53")).orElseThrow();
		assertThat(members.units()).extracting(Unit::name).contains("中共云南省委宣传部", "云南省军区政治工作局",
				"云南省退役军人事务厅");
		PhraseResolution both = resolver.resolve("省及州市双拥工作领导小组成员单位", RegionCode.of("53")).orElseThrow();
		assertThat(both.units()).hasSizeGreaterThan(members.units().size())
			.anyMatch(u -> u.regionCode().value().equals("5323"));
	}

	@Test
	void readsPrefectureRelativePhrasesInTheIssuingOfficesRegion() {
		PhraseResolution counties = resolver.resolve("各县市双拥工作领导小组办公室", RegionCode.of("5323")).orElseThrow();
		assertThat(counties.units()).hasSize(10).allMatch(u -> u.regionCode().value().startsWith("5323"));
		PhraseResolution own = resolver.resolve("州双拥工作领导小组成员单位", RegionCode.of("5323")).orElseThrow();
		assertThat(own.units()).isNotEmpty().allMatch(u -> u.regionCode().value().equals("5323"));
	}

	@Test
	void leavesUnknownPhrasesUnresolved() {
		assertThat(resolver.resolve("区(县)", RegionCode.of("53"))).isEmpty();
		assertThat(resolver.resolve("不存在的单位", RegionCode.of("53"))).isEmpty();
		// 州(市) is left for an office to map by hand (the demo does so as the provincial office would)
		assertThat(count("select count(*) from directory.phrase where phrase = '州(市)' and created_by = 'catalogue'"))
			.isZero();
	}

	@Test
	void treatsFullWidthAndHalfWidthBracketsAsOnePhrase() {
		assertThat(PhraseResolver.normalize("州（市）")).isEqualTo(PhraseResolver.normalize("州(市)"));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}

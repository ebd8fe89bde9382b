package cn.shuangyong.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Checks the province-level unit catalogue ({@code directory/units-53.csv}), its aliases and
 * group phrases, and the prefecture military organs, against each other and against the phrases
 * of the seed notices 云拥办〔2020〕1号 and 楚拥办通〔2020〕1号.
 */
class UnitCatalogueResourceTest {

    private static final Set<String> KINDS = Set.of("OFFICE", "DEPARTMENT", "MILITARY", "SERVICE_CENTRE");
    private static final String GROUP_PREFIX = "group:";

    /** Unit phrases of the seed: recipients, issuers, the parentheses of the items, items 7 and 30. */
    private static final List<String> SEED_UNIT_PHRASES = List.of(
            "云南省双拥工作领导小组办公室", "云南省双拥办",
            "省委宣传部", "省退役军人厅", "省军区政治工作局", "省教育厅", "省文化和旅游厅",
            "省退役军人事务部门", "省委组织部", "省人社厅", "省妇联", "团省委",
            "解放军昆明军事法院", "解放军昆明军事检察院");

    /** Group phrases of the seed, with the group each must resolve to. */
    private static final Map<String, String> SEED_GROUP_PHRASES = Map.ofEntries(
            Map.entry("省双拥工作领导小组成员单位", "PROVINCIAL_MEMBERS"),
            Map.entry("省及州市双拥工作领导小组成员单位", "PROVINCIAL_AND_PREFECTURE_MEMBERS"),
            Map.entry("省市双拥工作领导小组成员单位", "PROVINCIAL_AND_PREFECTURE_MEMBERS"),
            Map.entry("各州市双拥工作领导小组", "PREFECTURE_GROUPS"),
            Map.entry("各级双拥工作领导小组", "ALL_GROUPS"),
            Map.entry("省直有关部门", "PROVINCIAL_DEPARTMENTS"),
            Map.entry("省直各部门", "PROVINCIAL_DEPARTMENTS"),
            Map.entry("军地有关部门", "MILITARY_AND_LOCAL_DEPARTMENTS"),
            Map.entry("军地有关单位", "MILITARY_AND_LOCAL_DEPARTMENTS"),
            Map.entry("军地相关部门", "MILITARY_AND_LOCAL_DEPARTMENTS"),
            Map.entry("地方相关部门", "LOCAL_DEPARTMENTS"),
            Map.entry("省及州市退役军人事务部门", "PROVINCIAL_AND_PREFECTURE_VETERANS_DEPARTMENTS"),
            Map.entry("各州、市双拥办", "PREFECTURE_OFFICES"),
            Map.entry("州双拥工作领导小组成员单位", "OWN_PREFECTURE_MEMBERS"),
            Map.entry("各县市双拥工作领导小组办公室", "OWN_COUNTY_OFFICES"));

    record Unit(String key, String name, String shortName, String kind, String regionCode, String parentKey,
            String provincialMember) {
    }

    private final List<Unit> units = SimpleCsv.read("/directory/units-53.csv").rows().stream()
            .map(r -> new Unit(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
            .toList();
    private final Map<String, Unit> unitsByKey = units.stream()
            .collect(Collectors.toMap(Unit::key, u -> u, (a, b) -> a));
    private final SimpleCsv.Table aliases = SimpleCsv.read("/directory/aliases-53.csv");
    private final SimpleCsv.Table groups = SimpleCsv.read("/directory/unit-groups.csv");
    private final SimpleCsv.Table districts = SimpleCsv.read("/directory/military-districts-53.csv");
    private final Set<String> groupCodes = groups.rows().stream().map(r -> r.get(0)).collect(Collectors.toSet());
    private final Map<String, String> aliasTargets = aliases.rows().stream()
            .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1), (a, b) -> a));

    @Test
    void filesHaveTheAgreedHeadersAndSourceComments() {
        assertThat(SimpleCsv.read("/directory/units-53.csv").header())
                .containsExactly("key", "name", "shortName", "kind", "regionCode", "parentKey", "provincialMember");
        assertThat(aliases.header()).containsExactly("alias", "target");
        assertThat(groups.header()).containsExactly("code", "name", "rule", "anchor", "phrases");
        assertThat(districts.header()).containsExactly("prefectureCode", "name");
        for (SimpleCsv.Table table : List.of(SimpleCsv.read("/directory/units-53.csv"), aliases, groups, districts)) {
            assertThat(table.comments()).isNotEmpty();
            assertThat(String.join("\n", table.comments())).containsIgnoringCase("source");
        }
    }

    @Test
    void keysNamesAndShortNamesAreUnique() {
        assertThat(units).extracting(Unit::key).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z0-9-]+"));
        assertThat(units).extracting(Unit::name).doesNotHaveDuplicates();
        assertThat(units).extracting(Unit::shortName).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
    }

    @Test
    void everyUnitIsProvinceLevelWithAKnownKindAndParent() {
        for (Unit unit : units) {
            assertThat(unit.kind()).as(unit.key()).isIn(KINDS);
            assertThat(unit.regionCode()).as(unit.key()).isEqualTo("53");
            assertThat(unit.provincialMember()).as(unit.key()).isIn("true", "false");
            if (!unit.parentKey().isEmpty()) {
                assertThat(unitsByKey).as("parent of " + unit.key()).containsKey(unit.parentKey());
                assertThat(unit.parentKey()).isNotEqualTo(unit.key());
            }
        }
    }

    @Test
    void theProvincialOfficeAndServiceCentreAreThere() {
        assertThat(unitsByKey.get("yn-office"))
                .isEqualTo(new Unit("yn-office", "云南省双拥工作领导小组办公室", "省双拥办", "OFFICE", "53", "yn-veterans", "false"));
        assertThat(units).filteredOn(u -> u.kind().equals("SERVICE_CENTRE"))
                .extracting(Unit::name).containsExactly("云南省退役军人服务中心");
        assertThat(unitsByKey.get("yn-veterans").name()).isEqualTo("云南省退役军人事务厅");
    }

    @Test
    void seedMembersAreMarkedAsProvincialMembers() {
        for (String phrase : List.of("省委宣传部", "省委组织部", "省教育厅", "省人社厅", "省文化和旅游厅",
                "省退役军人厅", "省妇联", "团省委", "省军区政治工作局")) {
            assertThat(resolveUnit(phrase)).as(phrase).hasValueSatisfying(
                    u -> assertThat(u.provincialMember()).as(phrase).isEqualTo("true"));
        }
    }

    @Test
    void everyAliasTargetExists() {
        assertThat(aliases.rows()).extracting(r -> r.get(0)).doesNotHaveDuplicates();
        for (List<String> row : aliases.rows()) {
            String target = row.get(1);
            if (target.startsWith(GROUP_PREFIX)) {
                assertThat(groupCodes).as(row.toString()).contains(target.substring(GROUP_PREFIX.length()));
            } else {
                assertThat(unitsByKey).as(row.toString()).containsKey(target);
            }
        }
    }

    @Test
    void anAliasThatIsAUnitNameOrShortNamePointsToThatUnit() {
        for (Unit unit : units) {
            for (String phrase : List.of(unit.name(), unit.shortName())) {
                if (aliasTargets.containsKey(phrase)) {
                    assertThat(aliasTargets.get(phrase)).as(phrase).isEqualTo(unit.key());
                }
            }
        }
    }

    @Test
    void everyGroupHasACodeAndADescriptionAndIsUsed() {
        assertThat(groups.rows()).extracting(r -> r.get(0)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[A-Z_]+"));
        assertThat(groups.rows()).allMatch(r -> !r.get(1).isBlank());
        Set<String> used = new HashSet<>();
        aliasTargets.values().stream().filter(t -> t.startsWith(GROUP_PREFIX))
                .forEach(t -> used.add(t.substring(GROUP_PREFIX.length())));
        assertThat(groupCodes).containsAll(used);
        assertThat(groups.rows()).allMatch(r -> !r.get(4).isBlank() || used.contains(r.get(0)));
    }

    @Test
    void everyUnitPhraseOfTheSeedResolvesToAUnit() {
        for (String phrase : SEED_UNIT_PHRASES) {
            assertThat(resolveUnit(phrase)).as(phrase).isPresent();
        }
        assertThat(resolveUnit("省退役军人事务部门")).map(Unit::key).hasValue("yn-veterans");
        assertThat(resolveUnit("省人社厅")).map(Unit::name).hasValue("云南省人力资源和社会保障厅");
        assertThat(resolveUnit("团省委")).map(Unit::name).hasValue("共青团云南省委员会");
        assertThat(resolveUnit("省妇联")).map(Unit::name).hasValue("云南省妇女联合会");
        assertThat(resolveUnit("解放军昆明军事法院")).map(Unit::kind).hasValue("MILITARY");
    }

    @Test
    void everyGroupPhraseOfTheSeedResolvesToItsGroup() {
        SEED_GROUP_PHRASES.forEach((phrase, code) -> assertThat(aliasTargets.get(phrase)).as(phrase)
                .isEqualTo(GROUP_PREFIX + code));
    }

    @Test
    void zhouShiIsLeftForTheHandMapping() {
        assertThat(aliasTargets).doesNotContainKey("州(市)").doesNotContainKey("州（市）");
        assertThat(resolveUnit("州(市)")).isEmpty();
    }

    @Test
    void militaryNamesCarryNoDesignations() {
        List<String> militaryNames = new ArrayList<>();
        units.stream().filter(u -> u.kind().equals("MILITARY")).forEach(u -> {
            militaryNames.add(u.name());
            militaryNames.add(u.shortName());
        });
        districts.rows().forEach(r -> militaryNames.add(r.get(1)));
        assertThat(militaryNames).hasSizeGreaterThan(16)
                .allSatisfy(name -> assertThat(name).doesNotContainPattern("[0-9０-９]").doesNotContain("第", "部队"));
    }

    @Test
    void oneMilitaryOrganPerPrefecture() {
        Map<String, String> byPrefecture = new HashMap<>();
        districts.rows().forEach(r -> assertThat(byPrefecture.put(r.get(0), r.get(1))).as(r.get(0)).isNull());
        Set<String> prefectures = SimpleCsv.read("/directory/regions-53.csv").rows().stream()
                .filter(r -> r.get(2).equals("PREFECTURE")).map(r -> r.get(0)).collect(Collectors.toSet());
        assertThat(byPrefecture.keySet()).hasSize(16).isEqualTo(prefectures);
        assertThat(byPrefecture.values()).doesNotHaveDuplicates()
                .allMatch(n -> n.endsWith("军分区") || n.endsWith("警备区"));
        assertThat(byPrefecture).containsEntry("5301", "昆明警备区").containsEntry("5323", "楚雄军分区");
    }

    /** What the loader will do for a unit phrase: a unit's name, then its shortName, then an alias. */
    private Optional<Unit> resolveUnit(String phrase) {
        Optional<Unit> direct = units.stream()
                .filter(u -> u.name().equals(phrase) || u.shortName().equals(phrase)).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        String target = aliasTargets.get(phrase);
        if (target == null || target.startsWith(GROUP_PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(unitsByKey.get(target));
    }
}

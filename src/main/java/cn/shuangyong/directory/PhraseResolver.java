package cn.shuangyong.directory;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the unit phrases of documents (省民政厅, 州直有关部门) to units. A phrase is read in the context of the
 * region of the office whose document uses it: 州委宣传部 in a 楚雄 notice is 楚雄's.
 */
@Service
@Transactional(readOnly = true)
public class PhraseResolver {

	private final JdbcClient jdbc;

	private final Directory directory;

	PhraseResolver(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** Full-width brackets and letters become half-width, spaces go: 州（市） and 州(市) are one phrase. */
	public static String normalize(String phrase) {
		return Normalizer.normalize(phrase, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	public Optional<PhraseResolution> resolve(String phrase, RegionCode context) {
		String key = normalize(phrase);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		Optional<PhraseTarget> known = jdbc.sql("""
				select p.unit_id, p.unit_group_id from directory.phrase p
				where p.phrase = :phrase and :context like p.scope_region || '%'
				order by length(p.scope_region) desc limit 1""")
			.param("phrase", key).param("context", context.value())
			.query((rs, i) -> new PhraseTarget((Long) rs.getObject("unit_id"), (Long) rs.getObject("unit_group_id")))
			.optional();
		if (known.isPresent()) {
			return Optional.of(known.get().unitId() != null
					? single(phrase, new UnitId(known.get().unitId()))
					: new PhraseResolution(phrase, PhraseResolution.Kind.GROUP, expand(known.get().groupId(), context)));
		}
		return unitNamed(key, context).map(id -> single(phrase, id));
	}

	private PhraseResolution single(String phrase, UnitId id) {
		return new PhraseResolution(phrase, PhraseResolution.Kind.UNIT, directory.units(List.of(id)));
	}

	/** A unit's own name or short name; the one nearest the context wins. */
	private Optional<UnitId> unitNamed(String name, RegionCode context) {
		return jdbc.sql("""
				select id from directory.unit
				where name = :name or short_name = :name
				order by case when :context like region_code || '%' then 0 else 1 end, length(region_code) desc, id
				limit 1""")
			.param("name", name).param("context", context.value())
			.query((rs, i) -> new UnitId(rs.getLong(1))).optional();
	}

	List<Unit> expand(long groupId, RegionCode context) {
		UnitGroupRow group = jdbc.sql("select rule, anchor_level from directory.unit_group where id = :id")
			.param("id", groupId)
			.query((rs, i) -> new UnitGroupRow(rs.getString("rule"), rs.getString("anchor_level"))).single();
		Set<Long> ids = new LinkedHashSet<>();
		if (group.rule() == null) {
			ids.addAll(jdbc.sql("select unit_id from directory.unit_group_member where unit_group_id = :id order by unit_id")
				.param("id", groupId).query(Long.class).list());
		}
		else {
			GroupRule rule = GroupRule.valueOf(group.rule());
			List<String> bases = "CONTEXT".equals(group.anchorLevel()) ? List.of(context.value())
					: bases(RegionLevel.valueOf(group.anchorLevel()), context);
			for (String base : bases) {
				ids.addAll(jdbc.sql(rule.unitIdsSql()).param("base", base).query(Long.class).list());
			}
		}
		return directory.units(ids.stream().map(UnitId::new).toList());
	}

	/**
	 * The regions a group is taken at: the context's own ancestor at the anchor level, or, when a higher office
	 * names a lower level's group, every region of that level below it.
	 */
	private List<String> bases(RegionLevel anchor, RegionCode context) {
		if (!context.level().isBelow(anchor)) {
			return List.of(anchor.regionOf(context.value()));
		}
		return jdbc.sql("select code from directory.region where level = :level and code like :prefix || '%' order by code")
			.param("level", anchor.name()).param("prefix", context.value()).query(String.class).list();
	}

	private record PhraseTarget(Long unitId, Long groupId) {
	}

	private record UnitGroupRow(String rule, String anchorLevel) {
	}
}

package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The phrases documents use: the group phrases of {@code unit-groups.csv} and the short names of
 * {@code aliases-53.csv}, all holding across the province.
 */
final class PhraseCatalogue {

	private static final String PROVINCE = "53";

	private PhraseCatalogue() {
	}

	static void load(JdbcTemplate jdbc) {
		List<Object[]> phrases = new ArrayList<>();
		for (Map<String, String> group : CatalogueFile.read("directory/unit-groups.csv").rows()) {
			jdbc.update("insert into directory.unit_group (code, name, rule, anchor_level) values (?, ?, ?, ?)",
					group.get("code"), group.get("name"), group.get("rule"), group.get("anchor"));
			for (String phrase : group.get("phrases").split("\\|")) {
				phrases.add(new Object[] { PhraseResolver.normalize(phrase), null, group.get("code") });
			}
		}
		for (Map<String, String> alias : CatalogueFile.read("directory/aliases-53.csv").rows()) {
			String target = alias.get("target");
			boolean group = target.startsWith("group:");
			phrases.add(new Object[] { PhraseResolver.normalize(alias.get("alias")), group ? null : target,
					group ? target.substring("group:".length()) : null });
		}
		jdbc.batchUpdate("""
				insert into directory.phrase (phrase, scope_region, unit_id, unit_group_id, created_by)
				select ?, '%s', (select id from directory.unit where catalogue_key = ?),
				       (select id from directory.unit_group where code = ?), 'catalogue'
				on conflict (phrase, scope_region) do nothing""".formatted(PROVINCE), phrases);
	}
}

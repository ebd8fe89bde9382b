package cn.shuangyong.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding a region by what a person remembers of it: part of its name (鹿城, 中村) or the first digits of its code,
 * inside a data scope, so that nobody has to type a 9- or 12-digit code from memory.
 */
@Service
@Transactional(readOnly = true)
public class RegionSearch {

	private final JdbcClient jdbc;

	RegionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Regions of the scope whose name contains the text, or whose code begins with it when it is all digits; the
	 * higher levels first, then in code order.
	 */
	public List<Region> matching(String text, DataScope scope, int limit) {
		String q = text == null ? "" : text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		boolean code = q.chars().allMatch(Character::isDigit);
		String sql = "select code, name, level, parent_code from directory.region where code like :scope and "
				+ (code ? "code like :like" : "name like :like") + " order by length(code), code limit :limit";
		return scope.bind(jdbc.sql(sql))
			.param("like", code ? q + "%" : "%" + Directory.escapeLike(q) + "%")
			.param("limit", limit)
			.query(Directory::region).list();
	}

	/** Each region's names from the level below the province down to itself (楚雄州 楚雄市 鹿城镇), by its code. */
	public Map<RegionCode, List<String>> paths(Collection<Region> regions) {
		Set<String> codes = new LinkedHashSet<>();
		for (Region region : regions) {
			codes.addAll(prefixes(region.code()));
		}
		Map<String, String> names = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select code, name from directory.region where code in (:codes)").param("codes", codes)
				.query(rs -> {
					names.put(rs.getString(1), rs.getString(2));
				});
		}
		Map<RegionCode, List<String>> paths = new HashMap<>();
		for (Region region : regions) {
			paths.put(region.code(), prefixes(region.code()).stream().filter(names::containsKey).map(names::get).toList());
		}
		return paths;
	}

	private static List<String> prefixes(RegionCode code) {
		List<String> prefixes = new ArrayList<>();
		for (RegionLevel level : RegionLevel.values()) {
			if (level != RegionLevel.PROVINCE && level.compareTo(code.level()) <= 0) {
				prefixes.add(code.value().substring(0, level.codeLength()));
			}
		}
		return prefixes;
	}
}

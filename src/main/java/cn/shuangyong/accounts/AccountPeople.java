package cn.shuangyong.accounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.People;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person and unit behind a login name, for histories on pages ({@link People}). */
@Component
class AccountPeople implements People {

	private final JdbcClient jdbc;

	private final Directory directory;

	AccountPeople(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public Map<String, String> named(Collection<String> usernames) {
		List<String> names = usernames.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
		Map<String, String> named = new HashMap<>();
		if (names.isEmpty()) {
			// a map that answers a null key (an anonymous audit record) with nothing, as templates ask it
			return named;
		}
		record Account(String username, String name, long unitId) {
		}
		List<Account> accounts = new ArrayList<>();
		for (int from = 0; from < names.size(); from += 1000) {
			accounts.addAll(jdbc.sql("select username, display_name, unit_id from accounts.account where username in (:names)")
				.param("names", names.subList(from, Math.min(names.size(), from + 1000)))
				.query((rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getLong(3))).list());
		}
		Map<Long, String> units = new HashMap<>();
		directory.units(accounts.stream().map(a -> new UnitId(a.unitId())).distinct().toList())
			.forEach(u -> units.put(u.id().value(), shortest(u)));
		for (Account a : accounts) {
			String unit = units.get(a.unitId());
			named.put(a.username(), unit == null ? a.name() : a.name() + "（" + unit + "）");
		}
		return named;
	}

	private static String shortest(Unit unit) {
		return unit.shortName() == null || unit.shortName().isBlank() ? unit.name() : unit.shortName();
	}
}

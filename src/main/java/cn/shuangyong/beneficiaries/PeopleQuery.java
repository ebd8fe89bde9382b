package cn.shuangyong.beneficiaries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import cn.shuangyong.beneficiaries.matching.RuleCondition;
import cn.shuangyong.privacy.Sex;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's one query for its neighbours: the people who match a {@link PersonRule} within the caller's data
 * scope. A rule's region outside the scope answers 404, as every scoped read does; a caller who may read neither
 * people nor the business work answers 403. Personal details come only to a caller who may read people.
 */
@Service
@Transactional(readOnly = true)
public class PeopleQuery {

	private static final String COLUMNS = """
			select p.id, coalesce(p.household_id, 0) as household_id, p.region_code, p.county_code, p.station_unit_id,
			  p.categories, p.disability_grade, p.name, p.sex, p.birth_date, p.id_masked
			from beneficiaries.person p where\s""";

	private final JdbcClient jdbc;

	private final CategoryCatalogue catalogue;

	PeopleQuery(JdbcClient jdbc, CategoryCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/** How many people match. */
	public long count(PersonRule rule, CurrentUser user) {
		RuleCondition condition = condition(rule, user);
		return jdbc.sql("select count(*) from beneficiaries.person p where " + condition.where())
			.params(condition.params()).query(Long.class).single();
	}

	/** Every person who matches, in id order, one at a time (a payment roll, a list of targets). */
	public void forEach(PersonRule rule, CurrentUser user, Consumer<RegistryPerson> each) {
		RuleCondition condition = condition(rule, user);
		boolean personal = user.can(Permission.PERSONAL_DATA_READ);
		jdbc.sql(COLUMNS + condition.where() + " order by p.id").params(condition.params())
			.query(rs -> {
				each.accept(person(rs, personal));
			});
	}

	/**
	 * The people of the given ids whom the caller may see, by id; ids outside the scope, or of nobody, are left out
	 * (a roll shows the holders of its accounts without reading the whole county).
	 */
	public Map<Long, RegistryPerson> byIds(Collection<Long> ids, CurrentUser user) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		RuleCondition condition = condition(PersonRule.everyone().under(user.regionCode()), user);
		Map<String, Object> params = new HashMap<>(condition.params());
		params.put("ids", ids.toArray(Long[]::new));
		boolean personal = user.can(Permission.PERSONAL_DATA_READ);
		Map<Long, RegistryPerson> found = new HashMap<>();
		jdbc.sql(COLUMNS + "(" + condition.where() + ") and p.id = any(:ids)").params(params)
			.query(rs -> {
				RegistryPerson person = person(rs, personal);
				found.put(person.personId(), person);
			});
		return found;
	}

	private RuleCondition condition(PersonRule rule, CurrentUser user) {
		if (!user.can(Permission.PERSONAL_DATA_READ) && !user.can(Permission.WORK_READ)) {
			throw new AccessDeniedException("您的角色不能查看优抚对象");
		}
		return RuleCondition.of(rule, new DataScope(ScopedQuery.region(rule.region(), user)), catalogue);
	}

	private static RegistryPerson person(ResultSet rs, boolean personal) throws SQLException {
		return new RegistryPerson(rs.getLong("id"), rs.getLong("household_id"), rs.getString("region_code"),
				rs.getString("county_code"), (Long) rs.getObject("station_unit_id"),
				Arrays.asList((String[]) rs.getArray("categories").getArray()), (Integer) rs.getObject("disability_grade"),
				personal ? new RegistryPerson.Personal(rs.getString("name"),
						"M".equals(rs.getString("sex")) ? Sex.MALE : Sex.FEMALE,
						rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("id_masked")) : null);
	}
}

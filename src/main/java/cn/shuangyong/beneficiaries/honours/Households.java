package cn.shuangyong.beneficiaries.honours;

import java.util.List;

import cn.shuangyong.beneficiaries.PersonName;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finding a household of the registry and its members, masked, for the honours pages. */
@Component
public class Households {

	private final JdbcClient jdbc;

	Households(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The household, checked against the user's scope and right to read (404 outside, 403 without the right). */
	public HouseholdRef readable(long id, CurrentUser user) {
		HouseholdRef household = find(id);
		HonoursAccess.requireRead(user, household.regionCode(), "该户");
		return household;
	}

	public HouseholdRef editable(long id, CurrentUser user) {
		HouseholdRef household = find(id);
		HonoursAccess.requireEdit(user, household.regionCode(), "该户");
		return household;
	}

	public HouseholdRef find(long id) {
		return jdbc.sql("select id, region_code, station_unit_id from beneficiaries.household where id = :id")
			.param("id", id)
			.query((rs, i) -> new HouseholdRef(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.optional().orElseThrow(() -> new NotFoundException("该户不存在或不在您的数据范围内"));
	}

	/** The members, with masked ID numbers only. */
	public List<Member> members(long householdId) {
		return jdbc.sql("""
				select id, name, id_masked, categories, disability_grade from beneficiaries.person
				where household_id = :h order by id""")
			.param("h", householdId)
			.query((rs, i) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3),
					List.of((String[]) rs.getArray(4).getArray()), (Integer) rs.getObject(5)))
			.list();
	}

	/** A member of a household as lists show them. */
	public record Member(long id, String name, String idMasked, List<String> categories, Integer disabilityGrade) {
	}

	/**
	 * The households of the user's scope whose head's name contains the text, with the head's masked ID number and
	 * where the household lives: how an official finds a household without knowing its number. Names are matched as
	 * the registry matches them (full-width letters and middle dots folded).
	 */
	public List<Headed> headedBy(String text, CurrentUser user, int limit) {
		user.require(HonoursAccess.READ);
		String key = text == null ? "" : PersonName.key(text);
		if (key.isEmpty()) {
			return List.of();
		}
		return user.scope().bind(jdbc.sql("""
				select h.id, p.name, p.id_masked, h.region_code from beneficiaries.household h
				join beneficiaries.person p on p.id_lookup = h.head_lookup
				where h.region_code like :scope and p.name_key like :name
				order by p.name_key, h.region_code, h.id limit :limit"""))
			.param("name", "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("limit", limit)
			.query((rs, i) -> new Headed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
	}

	/** The household with its head, for a form that has chosen it (404 outside the scope, 403 without the right). */
	public Headed headed(long id, CurrentUser user) {
		readable(id, user);
		return jdbc.sql("""
				select h.id, p.name, p.id_masked, h.region_code from beneficiaries.household h
				left join beneficiaries.person p on p.id_lookup = h.head_lookup
				where h.id = :id""")
			.param("id", id)
			.query((rs, i) -> new Headed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
	}

	/** A household by its head: the head's name and masked ID number, and the household's region. */
	public record Headed(long id, String headName, String headIdMasked, String regionCode) {
	}
}

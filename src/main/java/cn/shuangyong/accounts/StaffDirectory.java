package cn.shuangyong.accounts;

import java.util.List;
import java.util.Optional;

import cn.shuangyong.shared.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of a unit with their contact details. Contact details follow the data scope: outside it the answer is
 * empty, on every page, API call and export, and the viewer is told why.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty when the unit lies outside the viewer's scope or the viewer may not read contacts. */
	public Optional<List<StaffMember>> staffOf(long unitId, String unitRegion, CurrentUser viewer) {
		if (!viewer.hasAuthority(Permission.STAFF_CONTACTS_READ.name()) || !viewer.covers(unitRegion)) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				select display_name, role, phone, email from accounts.account
				where unit_id = :unit and enabled and region_code like :scope order by display_name""")
			.param("unit", unitId).param("scope", viewer.regionCode() + "%")
			.query((rs, i) -> new StaffMember(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list());
	}

	public record StaffMember(String name, Role role, String phone, String email) {
	}
}

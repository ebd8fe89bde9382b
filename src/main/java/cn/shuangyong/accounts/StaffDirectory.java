package cn.shuangyong.accounts;

import java.util.List;
import java.util.Optional;

import cn.shuangyong.privacy.Masking;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
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

	/**
	 * Empty when the unit lies outside the viewer's scope or the viewer may not read contacts. Phone numbers are
	 * masked (138****8000) except to the person themself, to the staff of the same unit (their own office) and to the
	 * security administrator, who reaches people about their accounts.
	 */
	public Optional<List<StaffMember>> staffOf(long unitId, String unitRegion, CurrentUser viewer) {
		if (!viewer.can(Permission.STAFF_CONTACTS_READ) || !viewer.covers(unitRegion)) {
			return Optional.empty();
		}
		boolean wholePhones = viewer.unitId() == unitId
				|| viewer instanceof SignedInUser user && user.role() == Role.SECURITY_ADMIN;
		return Optional.of(viewer.scope().bind(jdbc.sql("""
				select username, display_name, role, phone, email from accounts.account
				where unit_id = :unit and enabled and region_code like :scope order by display_name"""))
			.param("unit", unitId)
			.query((rs, i) -> new StaffMember(rs.getString(2), Role.valueOf(rs.getString(3)),
					wholePhones || rs.getString(1).equals(viewer.getUsername()) ? rs.getString(4)
							: masked(rs.getString(4)),
					rs.getString(5)))
			.list());
	}

	private static String masked(String phone) {
		return phone == null ? null : Masking.phone(phone);
	}

	/**
	 * The people who work on a unit's tasks, for the platform to notify: enabled accounts with a working role
	 * (office staff, liaisons, station staff), not administrators or read-only leaders. No viewer is involved: the
	 * addresses go to the notification channels, never to a page.
	 */
	public List<Contact> workingStaffOf(long unitId) {
		return jdbc.sql("""
				select id, username, display_name, unit_id, phone, email from accounts.account
				where unit_id = :unit and enabled and role in ('OFFICE_STAFF', 'LIAISON', 'STATION_STAFF') order by id""")
			.param("unit", unitId)
			.query((rs, i) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	/** An account as the notification channels reach it. */
	public record Contact(long accountId, String username, String name, long unitId, String phone, String email) {

		/** Phone and e-mail stay out of logs. */
		@Override
		public String toString() {
			return "Contact[" + username + "]";
		}
	}

	public record StaffMember(String name, Role role, String phone, String email) {
	}
}

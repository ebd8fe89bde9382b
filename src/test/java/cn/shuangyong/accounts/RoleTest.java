package cn.shuangyong.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import cn.shuangyong.shared.Permission;
import org.junit.jupiter.api.Test;

import static cn.shuangyong.shared.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 等保 8.1.5, 三员分立: the system, security and audit administrators hold disjoint powers. */
class RoleTest {

	@Test
	void theThreeAdministratorRolesAreTheOnlyAdministrators() {
		assertThat(Arrays.stream(Role.values()).filter(Role::administrator))
			.containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
	}

	@Test
	void theSystemAdministratorReadsNeitherTheAuditLogNorPersonalData() {
		assertThat(Role.SYSTEM_ADMIN.permissions()).contains(ACCOUNTS_MANAGE)
			.doesNotContain(AUDIT_READ, PERSONAL_DATA_READ, ROLES_ASSIGN);
	}

	@Test
	void theSecurityAdministratorAloneAssignsRoles() {
		assertThat(holders(ROLES_ASSIGN)).containsExactly(Role.SECURITY_ADMIN);
		assertThat(Role.SECURITY_ADMIN.permissions()).doesNotContain(AUDIT_READ, PERSONAL_DATA_READ, ACCOUNTS_MANAGE);
	}

	@Test
	void theAuditAdministratorAloneReadsTheAuditLogAndDoesNothingElse() {
		assertThat(holders(AUDIT_READ)).containsExactly(Role.AUDIT_ADMIN);
		assertThat(Role.AUDIT_ADMIN.permissions()).containsExactlyInAnyOrder(DIRECTORY_READ, AUDIT_READ);
	}

	@Test
	void theAdministratorRolesShareNoAdministrativePower() {
		Set<Permission> administrative = EnumSet.of(ACCOUNTS_MANAGE, ROLES_ASSIGN, AUDIT_READ);
		for (Role role : Role.values()) {
			Set<Permission> held = EnumSet.copyOf(administrative);
			held.retainAll(role.permissions());
			assertThat(held).as(role.name()).hasSizeLessThanOrEqualTo(1);
			assertThat(held.isEmpty()).as(role.name()).isEqualTo(!role.administrator());
		}
	}

	@Test
	void theLeaderReadsButChangesNothing() {
		assertThat(Role.LEADER.permissions()).contains(DIRECTORY_READ, WORK_READ)
			.doesNotContain(DIRECTORY_EDIT, WORK_EDIT, PLANS_PUBLISH, ACCOUNTS_MANAGE, ROLES_ASSIGN, AUDIT_READ);
	}

	@Test
	void everyRoleReadsTheDirectory() {
		assertThat(holders(DIRECTORY_READ)).containsExactlyInAnyOrder(Role.values());
	}

	private static Role[] holders(Permission permission) {
		return Arrays.stream(Role.values()).filter(r -> r.allows(permission)).toArray(Role[]::new);
	}
}

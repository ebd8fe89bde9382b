package cn.shuangyong.accounts;

import java.util.EnumSet;
import java.util.Set;

import cn.shuangyong.shared.Permission;

import static cn.shuangyong.shared.Permission.*;

/**
 * The roles of the platform. The three administrator roles are kept apart (三员分立, 等保 8.1.5): the system
 * administrator runs accounts and resources but reads neither the audit log nor personal data; the security
 * administrator grants roles and unlocks; the audit administrator only reads the audit log.
 */
public enum Role {

	SYSTEM_ADMIN("系统管理员", true,
			EnumSet.of(DIRECTORY_READ, DIRECTORY_EDIT, STAFF_CONTACTS_READ, ACCOUNTS_MANAGE, CALENDAR_MANAGE)),
	SECURITY_ADMIN("安全管理员", true, EnumSet.of(DIRECTORY_READ, STAFF_CONTACTS_READ, ROLES_ASSIGN)),
	AUDIT_ADMIN("审计管理员", true, EnumSet.of(DIRECTORY_READ, AUDIT_READ)),
	/** 双拥办工作人员. */
	OFFICE_STAFF("双拥办工作人员", false, EnumSet.of(DIRECTORY_READ, DIRECTORY_EDIT, STAFF_CONTACTS_READ, PERSONAL_DATA_READ,
			PERSONAL_DATA_EDIT, PERSONAL_DATA_REVEAL, PERSONAL_DATA_EXPORT, PLANS_PUBLISH, WORK_EDIT, WORK_READ)),
	/** 成员单位联络员, including military units' liaisons. */
	LIAISON("成员单位联络员", false, EnumSet.of(DIRECTORY_READ, STAFF_CONTACTS_READ, WORK_EDIT, WORK_READ)),
	/** 服务站工作人员. */
	STATION_STAFF("服务站工作人员", false, EnumSet.of(DIRECTORY_READ, STAFF_CONTACTS_READ, PERSONAL_DATA_READ,
			PERSONAL_DATA_EDIT, PERSONAL_DATA_REVEAL, WORK_EDIT, WORK_READ)),
	/** 领导: reads everything in scope, changes nothing. */
	LEADER("领导（只读）", false, EnumSet.of(DIRECTORY_READ, STAFF_CONTACTS_READ, PERSONAL_DATA_READ, WORK_READ));

	private final String label;

	private final boolean administrator;

	private final Set<Permission> permissions;

	Role(String label, boolean administrator, Set<Permission> permissions) {
		this.label = label;
		this.administrator = administrator;
		this.permissions = permissions;
	}

	/** One of the three administrator roles, which need a second factor and are granted only by the security administrator. */
	public boolean administrator() {
		return administrator;
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	public boolean allows(Permission permission) {
		return permissions.contains(permission);
	}

	/** The Chinese name, as account sheets write it. */
	public String label() {
		return label;
	}

	public String messageKey() {
		return "role." + name();
	}
}

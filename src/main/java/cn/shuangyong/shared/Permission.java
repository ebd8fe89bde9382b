package cn.shuangyong.shared;

/** What a role allows. Granted as authorities of the same name. */
public enum Permission {
	/** Read the directory of units; every signed-in user. */
	DIRECTORY_READ,
	/** Add and edit units, leading-group memberships and aliases, within the data scope. */
	DIRECTORY_EDIT,
	/** See staff names and contact details of units within the data scope. */
	STAFF_CONTACTS_READ,
	/** Create, edit and disable accounts with business roles within the data scope (delegated administration). */
	ACCOUNTS_MANAGE,
	/** Grant roles, including the administrator roles, and unlock accounts. */
	ROLES_ASSIGN,
	/** Read the audit log. */
	AUDIT_READ,
	/** Read records about people (beneficiaries and the like) within the data scope. */
	PERSONAL_DATA_READ,
	/** Register, edit, move and remove people and arrange households, within the data scope. */
	PERSONAL_DATA_EDIT,
	/** Reveal one masked value (ID number, phone, address, bank account) in plaintext, with a recorded reason. */
	PERSONAL_DATA_REVEAL,
	/** Export people (.xlsx, .csv) and approve other users' large exports, within the data scope. */
	PERSONAL_DATA_EXPORT,
	/** Upload notices, review and publish plans: the 双拥办's work. */
	PLANS_PUBLISH,
	/** Do the business work of the platform: plans, tasks, reports. */
	WORK_EDIT,
	/** Read the business work of the platform. */
	WORK_READ,
	/** Add and correct the official holidays and adjusted working days the deadlines are counted with. */
	CALENDAR_MANAGE
}

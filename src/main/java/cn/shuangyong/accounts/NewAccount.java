package cn.shuangyong.accounts;

/** What an administrator enters to create an account; the region comes from the unit. */
record NewAccount(String username, String displayName, long unitId, String regionCode, Role role, String phone,
		String email, boolean mustChangePassword) {
}

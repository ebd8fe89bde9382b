package cn.shuangyong.accounts;

/** One of the first administrators, as entered on the setup page. */
public record FirstAdministrator(Role role, String username, String displayName, String password) {
}

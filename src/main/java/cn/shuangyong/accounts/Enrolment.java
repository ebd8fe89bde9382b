package cn.shuangyong.accounts;

/**
 * A new administrator and what their authenticator app must read to give their second factor; {@code totpUri} is
 * null while the second factor is switched off.
 */
public record Enrolment(Role role, String username, String totpUri) {
}

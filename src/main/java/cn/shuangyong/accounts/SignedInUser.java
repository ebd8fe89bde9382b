package cn.shuangyong.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.Permission;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: their account, unit, role and the region their data scope covers. Kept in the session
 * (in PostgreSQL), so it holds no password once signed in.
 */
public final class SignedInUser implements CurrentUser, UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final long unitId;

	private final String unitName;

	private final String regionCode;

	private final Role role;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private transient String passwordHash;

	SignedInUser(long accountId, String username, String displayName, long unitId, String unitName, String regionCode,
			Role role, boolean enabled, boolean locked, boolean mustChangePassword, String passwordHash) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.unitId = unitId;
		this.unitName = unitName;
		this.regionCode = regionCode;
		this.role = role;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.passwordHash = passwordHash;
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public long unitId() {
		return unitId;
	}

	public String unitName() {
		return unitName;
	}

	public Role role() {
		return role;
	}

	/** The password was reset by an administrator or has expired: nothing but changing it is allowed. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public boolean can(Permission permission) {
		return role.allows(permission);
	}

	@Override
	public DataScope scope() {
		return new DataScope(regionCode);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return username;
	}
}

package cn.shuangyong.accounts;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * 三员分立 (等保 8.1.5), as a second line behind every read's own check of its permission: the administrator roles
 * reach only the paths of their work (the directory; accounts, roles and locks; the audit log; their own inbox and
 * password; the calendar's holidays; the API's description). Every other path answers 403 to them, so a module that
 * forgets its check still shows them nothing.
 */
final class AdministratorPaths {

	/** Pages and API paths an administrator may reach; which of them each one may use, their permissions decide. */
	static final String[] OWN_WORK = { "/", "/directory/**", "/accounts/**", "/account/password", "/audit/**",
			"/notifications/inbox/**", "/calendar/holidays/**", "/api/v1/units/**", "/api/v1/regions/**",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	private AdministratorPaths() {
	}

	/** Signed in, and not an administrator: the rule for every path outside {@link #OWN_WORK}. */
	static AuthorizationManager<RequestAuthorizationContext> businessUsers() {
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Authentication user = authentication.get();
				return new AuthorizationDecision(user != null && user.isAuthenticated()
						&& user.getPrincipal() instanceof SignedInUser signedIn && !signedIn.role().administrator());
			}
		};
	}
}

package cn.shuangyong.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * An API call that brings HTTP Basic credentials stands on them alone. Only such a call may go without the CSRF
 * token, because a cross-site page cannot make a browser send credentials it does not know; any other
 * {@code Authorization} header ({@code Bearer anything}) proves nothing and the token is required (security doc §3,
 * #38). For that to hold, the credentials must really be checked: so a call that carries them is not signed in from
 * the session cookie it may also carry (Spring's Basic filter would otherwise skip the check when the session's user
 * has the same name, and a wrong password would pass).
 */
final class BasicCredentials implements SecurityContextRepository {

	private final SecurityContextRepository sessions = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	/** The same test as Spring's BasicAuthenticationConverter: the header's scheme is "Basic", in any case. */
	static boolean carried(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && StringUtils.startsWithIgnoreCase(header.strip(), "Basic");
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		if (!carried(request)) {
			return sessions.loadDeferredContext(request);
		}
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		return new DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return empty;
			}

			@Override
			public boolean isGenerated() {
				return true;
			}
		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		return carried(holder.getRequest()) ? SecurityContextHolder.createEmptyContext() : sessions.loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return !carried(request) && sessions.containsContext(request);
	}
}

package cn.shuangyong.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where an API call's sign-in is kept. A Basic call of a business role carries its password every time and is signed
 * in for that call alone. An administrator's Basic call also spends a one-time TOTP code, so its sign-in is kept in the
 * session: the script goes on with the session cookie instead of needing a new code for every call.
 */
final class AdministratorSessions implements SecurityContextRepository {

	private final SecurityContextRepository perCall = new RequestAttributeSecurityContextRepository();

	private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return perCall.loadDeferredContext(request);
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
		return perCall.loadContext(holder);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		perCall.saveContext(context, request, response);
		if (context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof SignedInUser user
				&& user.role().administrator()) {
			// a session the caller brought, signed in or not, gets a new id first: no fixation
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			session.saveContext(context, request, response);
		}
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return perCall.containsContext(request);
	}
}

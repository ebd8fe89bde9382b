package cn.shuangyong.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A page request that needs a sign-in it no longer has. A browser goes to the login page, which says that the session
 * ran out when the request came with one that has ended. An htmx request gets 401 with {@code HX-Redirect} to that
 * page, which htmx follows, instead of the login page swapped into the middle of the page it came from; the same for
 * a form sent after its session ended, whose CSRF token died with the session.
 */
final class SignInRequired implements AuthenticationEntryPoint {

	static final String EXPIRED = "/login?expired";

	private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

	private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

	private final MessageSource texts;

	private final LocaleResolver locales;

	SignInRequired(MessageSource texts, LocaleResolver locales) {
		this.texts = texts;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, jakarta.servlet.ServletException {
		if (htmx(request)) {
			// the fragment's address is no page to come back to after signing in: the login leads home instead
			savedRequests.removeRequest(request, response);
			toLoginFromHtmx(request, response);
		}
		else if (sessionEnded(request)) {
			response.sendRedirect(request.getContextPath() + EXPIRED);
		}
		else {
			login.commence(request, response, e);
		}
	}

	/** True when the refusal was a form's CSRF token that died with its session, and the answer is sent. */
	boolean answeredEndedSession(HttpServletRequest request, HttpServletResponse response, Exception refusal)
			throws IOException {
		if (!(refusal instanceof CsrfException) || !sessionEnded(request)) {
			return false;
		}
		if (htmx(request)) {
			toLoginFromHtmx(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + EXPIRED);
		}
		return true;
	}

	private void toLoginFromHtmx(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader("HX-Redirect", request.getContextPath() + EXPIRED);
		response.setContentType("text/html;charset=UTF-8");
		// the security filters run before Spring MVC has set the request's language: ask the resolver itself
		String text = texts.getMessage("problem.status.401", null, locales.resolveLocale(request));
		response.getWriter().write("<div class=\"alert alert-warning\" role=\"alert\">" + HtmlUtils.htmlEscape(text)
				+ "</div>");
	}

	private static boolean htmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The request named a session that is no longer there: it timed out, or the user signed out elsewhere. */
	private static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}
}

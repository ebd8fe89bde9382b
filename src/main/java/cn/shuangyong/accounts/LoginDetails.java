package cn.shuangyong.accounts;

import java.io.Serial;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a login carries besides name and password: the second-factor code, from the form field {@code totp} or, for
 * the API's HTTP Basic, the header {@code X-TOTP}.
 */
final class LoginDetails extends WebAuthenticationDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient String totp;

	LoginDetails(HttpServletRequest request) {
		super(request);
		String field = request.getParameter("totp");
		this.totp = field != null ? field : request.getHeader("X-TOTP");
	}

	String totp() {
		return totp;
	}
}

package cn.shuangyong.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.shuangyong.shared.DatabaseUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when a caller is not signed in or may not act: ProblemDetail with a Chinese detail. A sign-in that
 * could not be checked because the database was unreachable is a 503, not a 401.
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	private final cn.shuangyong.audit.DeniedRequests denied;

	ProblemResponses(JsonMapper json, cn.shuangyong.audit.DeniedRequests denied) {
		this.json = json;
		this.denied = denied;
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		// The account could not be read because the database is away (a failover): the credentials were not found
		// wrong, so the caller is not told to sign in again but to retry, and no challenge is sent.
		if (DatabaseUnavailable.causedBy(e)) {
			response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
			write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE, request);
			return;
		}
		// Only a caller that sent Basic credentials is challenged for Basic. A browser that opened an API address is
		// not: a Basic challenge would make it prompt for a password and then send it again by itself, from any
		// page, and Basic credentials are what lifts the CSRF check (BasicCredentials). It gets a scheme no browser
		// answers, which still tells a client how to sign in: a page session, or Basic credentials sent up front.
		response.setHeader("WWW-Authenticate", BasicCredentials.carried(request)
				? "Basic realm=\"shuangyong\", charset=\"UTF-8\"" : "Session realm=\"shuangyong\"");
		write(response, HttpStatus.UNAUTHORIZED, "未登录或用户名、密码错误（账号也可能已被临时锁定）", request);
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		denied.record(request, e.getMessage());
		write(response, HttpStatus.FORBIDDEN, "您没有执行此操作的权限", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}

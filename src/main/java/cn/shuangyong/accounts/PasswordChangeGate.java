package cn.shuangyong.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was reset or has expired may do nothing until they change it: pages lead to the password
 * page, the API answers 403.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	private static final List<String> OPEN = List.of("/account/password", "/logout", "/login", "/webjars/", "/css/",
			"/js/", "/error", "/actuator/health");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword() && OPEN.stream().noneMatch(path::startsWith)) {
			if (path.startsWith("/api/")) {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter().write("{\"status\":403,\"title\":\"须修改密码\",\"detail\":\"密码已过期或已被重置，请先在页面上修改密码\"}");
				return;
			}
			response.sendRedirect(request.getContextPath() + "/account/password?required");
			return;
		}
		chain.doFilter(request, response);
	}
}

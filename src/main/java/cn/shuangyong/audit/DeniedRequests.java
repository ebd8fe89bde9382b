package cn.shuangyong.audit;

import cn.shuangyong.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every refused request (403: an action the user may not take, or a missing or foreign CSRF token) as a
 * DENIED audit row with who, from where and what they asked for, in its own transaction: the refusal itself rolls
 * nothing back (等保 level 3 asks for denied access to be auditable).
 */
@Component
public class DeniedRequests {

	private final AuditTrail audit;

	DeniedRequests(AuditTrail audit) {
		this.audit = audit;
	}

	public void record(HttpServletRequest request, String reason) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null ? null : authentication.getName();
		Long unit = null;
		String region = null;
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			unit = user.unitId();
			region = user.regionCode();
		}
		String target = request.getMethod() + " " + request.getRequestURI();
		audit.recordIndependently(new AuditEntry(actor, unit, region, request.getRemoteAddr(), "ACCESS_DENIED",
				"REQUEST", target.length() > 64 ? target.substring(0, 64) : target, AuditOutcome.DENIED, reason));
	}
}

package cn.shuangyong.audit;

import cn.shuangyong.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records every refused request as a DENIED audit row with who, from where and what they asked for, in its own
 * transaction: the refusal itself rolls nothing back (等保 level 3 asks for denied access to be auditable). A 403 (an
 * action the user may not take, or a missing or foreign CSRF token) is an ACCESS_DENIED row; a 404 (a record that
 * does not exist or lies outside the user's data scope, which the answer must not tell apart) is a NOT_FOUND row, so
 * that an auditor sees someone probing ids beyond their scope (security doc §3, #43). The row names the method and
 * path only: no query string and no request body, so no personal data.
 */
@Component
public class DeniedRequests {

	private final AuditTrail audit;

	DeniedRequests(AuditTrail audit) {
		this.audit = audit;
	}

	public void record(HttpServletRequest request, String reason) {
		record(request, "ACCESS_DENIED", reason);
	}

	/** A request answered 404: the record is missing or out of the user's scope. */
	public void recordNotFound(HttpServletRequest request) {
		record(request, "NOT_FOUND", "记录不存在或不在数据范围内");
	}

	private void record(HttpServletRequest request, String eventType, String reason) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null ? null : authentication.getName();
		Long unit = null;
		String region = null;
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			unit = user.unitId();
			region = user.regionCode();
		}
		String target = request.getMethod() + " " + request.getRequestURI();
		audit.recordIndependently(new AuditEntry(actor, unit, region, request.getRemoteAddr(), eventType,
				"REQUEST", target.length() > 64 ? target.substring(0, 64) : target, AuditOutcome.DENIED, reason));
	}
}

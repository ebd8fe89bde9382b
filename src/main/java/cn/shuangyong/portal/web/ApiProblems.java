package cn.shuangyong.portal.web;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The JSON API's errors: ProblemDetail with a Chinese detail and the right status, never 200 with an error inside.
 * Consulted before the pages' advice, which a {@code @RestController} also matches. Titles come from the bundles
 * through {@link ProblemAnswer}; what the framework refuses (a value of the wrong type, a missing parameter, an
 * unreadable body) is answered by {@link RequestProblems}, the same way for pages and API.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final cn.shuangyong.audit.DeniedRequests denied;

	private final ProblemAnswer answer;

	ApiProblems(cn.shuangyong.audit.DeniedRequests denied, ProblemAnswer answer) {
		this.denied = denied;
		this.answer = answer;
	}

	/** A record missing or outside the caller's scope; an audit row either way, as for a 403. */
	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e, jakarta.servlet.http.HttpServletRequest request) {
		denied.recordNotFound(request);
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setProperty("problems", e.problems());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, e.getMessage());
	}

	/**
	 * A record that a unique key already holds, which a store did not foresee (two requests at once adding the same
	 * thing): the statement failed, so nothing changed, and the caller is told to look again.
	 */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
		return problem(HttpStatus.CONFLICT, DUPLICATE);
	}

	static final String DUPLICATE = "与已有记录重复（可能他人刚刚提交了相同的内容），本次未作任何更改；请刷新后查看";

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
		denied.record(request, e.getMessage());
		return problem(HttpStatus.FORBIDDEN, "您没有执行此操作的权限");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, UploadLimit.message(e));
	}

	/**
	 * A value the database refused (a NUL in a JSON body, an over-long text) is a 400; a database that could not be
	 * reached a 503; any other failure stays a 500.
	 */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	ProblemDetail refused(org.springframework.dao.DataAccessException e,
			jakarta.servlet.http.HttpServletResponse response) {
		if (cn.shuangyong.shared.DatabaseUnavailable.causedBy(e)) {
			// the database is away (a failover): nothing was done, and the caller may retry
			response.setHeader("Retry-After", cn.shuangyong.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS);
			return problem(HttpStatus.SERVICE_UNAVAILABLE, cn.shuangyong.shared.DatabaseUnavailable.MESSAGE);
		}
		if (!RefusedValue.causedBy(e)) {
			throw e; // rethrown as it came: Spring goes on with its default handling of the original failure
		}
		return problem(HttpStatus.BAD_REQUEST, RefusedValue.MESSAGE);
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		return answer.problem(status, detail);
	}
}

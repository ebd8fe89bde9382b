package cn.shuangyong.portal.web;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The JSON API's errors: ProblemDetail with a Chinese detail and the right status, never 200 with an error inside.
 * Consulted before the pages' advice, which a {@code @RestController} also matches.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final cn.shuangyong.audit.DeniedRequests denied;

	ApiProblems(cn.shuangyong.audit.DeniedRequests denied) {
		this.denied = denied;
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

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e, jakarta.servlet.http.HttpServletRequest request) {
		denied.record(request, e.getMessage());
		return problem(HttpStatus.FORBIDDEN, "您没有执行此操作的权限");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, UploadLimit.message(e));
	}

	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON，或字段格式不正确");
	}

	/** A value the database refused (a NUL in a JSON body, an over-long text); any other failure stays a 500. */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	ProblemDetail refused(org.springframework.dao.DataAccessException e) {
		if (!RefusedValue.causedBy(e)) {
			throw e; // rethrown as it came: Spring goes on with its default handling of the original failure
		}
		return problem(HttpStatus.BAD_REQUEST, RefusedValue.MESSAGE);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException e) {
		return problem(HttpStatus.BAD_REQUEST, "缺少必填参数：" + e.getParameterName());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的格式不正确");
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(switch (status) {
			case NOT_FOUND -> "未找到";
			case BAD_REQUEST -> "请求有误";
			case CONFLICT -> "冲突";
			case FORBIDDEN -> "没有权限";
			case CONTENT_TOO_LARGE -> "文件过大";
			default -> "出错了";
		});
		return problem;
	}
}

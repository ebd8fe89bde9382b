package cn.shuangyong.portal.web;

import cn.shuangyong.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Pages answer a missing or out-of-scope record with the Chinese 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final cn.shuangyong.audit.DeniedRequests denied;

	PageProblems(cn.shuangyong.audit.DeniedRequests denied) {
		this.denied = denied;
	}

	/** An action the user may not take on a record in their scope: the Chinese 403 page, and an audit row. */
	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(org.springframework.security.access.AccessDeniedException e,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		denied.record(request, e.getMessage());
		model.addAttribute("status", 403);
		return "error";
	}

	/** An upload over the limit: back to the page it came from, with the reason, nothing saved. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException e, jakarta.servlet.http.HttpServletRequest request,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		redirect.addFlashAttribute("problems", java.util.List.of(UploadLimit.message(e)));
		return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}

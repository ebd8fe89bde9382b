package cn.shuangyong.portal.web;

import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Pages answer a missing or out-of-scope record, a refusal and bad input with the Chinese error page. */
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

	/** A record missing or outside the user's scope: the Chinese 404 page, and an audit row either way. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(jakarta.servlet.http.HttpServletRequest request, Model model) {
		denied.recordNotFound(request);
		model.addAttribute("status", 404);
		return "error";
	}

	/** A record a unique key already holds (two submissions at once): the Chinese 409 page, nothing changed. */
	@ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String duplicate(Model model) {
		model.addAttribute("status", 409);
		model.addAttribute("message", ApiProblems.DUPLICATE);
		return "error";
	}

	/** Bad input that reached no page of its own to show it on: the Chinese 400 page naming what is wrong. */
	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException e, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("message", e.getMessage());
		return "error";
	}
}

package cn.shuangyong.portal.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What reaches the servlet container's error page (a failure no handler answered, a status sent by a filter) is
 * answered the same way as every other refusal: the Chinese error page to a browser, Chinese ProblemDetail to the
 * API, in place of Spring Boot's English "Internal Server Error".
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource texts;

	private final ProblemAnswer answer;

	ErrorPages(MessageSource texts, ProblemAnswer answer) {
		this.texts = texts;
		this.answer = answer;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = texts.getMessage("problem.status." + status.value(), null,
				texts.getMessage("problem.other", null, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale());
		return answer.send(request, response, status, detail);
	}
}

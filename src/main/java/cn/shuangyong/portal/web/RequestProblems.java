package cn.shuangyong.portal.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the framework refuses before a handler runs (an unknown address, a wrong method, a value that is not a number, a
 * missing field), said in Chinese from the bundles: the error page to a browser, ProblemDetail to the API. The
 * platform's own refusals (not found, bad input, not permitted) are answered by {@link PageProblems} and
 * {@link ApiProblems}, with the same titles; Spring Boot's English ProblemDetail handler is switched off.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblems {

	private final MessageSource texts;

	private final ProblemAnswer answer;

	RequestProblems(MessageSource texts, ProblemAnswer answer) {
		this.texts = texts;
		this.answer = answer;
	}

	/** A value that is not of its field's type: "500元" as 慰问金, "明天" as a date. */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView mismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String field = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
				? m.getName() : e.getPropertyName();
		return answer.send(request, response, HttpStatus.BAD_REQUEST,
				ConversionProblem.message(texts, locale(), field, e.getRequiredType(), e.getValue()));
	}

	/** A form record that could not be bound: the first field at fault, named. */
	@ExceptionHandler(BindException.class)
	ModelAndView unbound(BindException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		FieldError error = e.getFieldError();
		String detail = error == null ? text("problem.badRequest")
				: error.isBindingFailure() ? ConversionProblem.message(texts, locale(), error.getField(),
						e.getFieldType(error.getField()), error.getRejectedValue())
						: text("problem.field", label(error.getField()));
		return answer.send(request, response, HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.BAD_REQUEST, text("problem.missing", label(e.getParameterName())));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.BAD_REQUEST, text("problem.missing", label(e.getRequestPartName())));
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView unknownAddress(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.NOT_FOUND, text("problem.noPage"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.METHOD_NOT_ALLOWED, text("problem.method"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView mediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("problem.mediaType"));
	}

	/** A JSON body that is no JSON, or whose field holds a value of another type ({"money": "500元"}). */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String detail = text("problem.unreadable");
		if (e.getCause() instanceof tools.jackson.databind.exc.InvalidFormatException format
				&& !format.getPath().isEmpty()) {
			String field = format.getPath().get(format.getPath().size() - 1).getPropertyName();
			detail = ConversionProblem.message(texts, locale(), field, format.getTargetType(), format.getValue());
		}
		return answer.send(request, response, HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(ServletRequestBindingException.class)
	ModelAndView binding(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return answer.send(request, response, HttpStatus.BAD_REQUEST, text("problem.badRequest"));
	}

	/** A refusal thrown with a status; its reason is kept when the code gave one (it is Chinese there). */
	@ExceptionHandler(ErrorResponseException.class)
	ModelAndView withStatus(ErrorResponseException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		HttpStatusCode status = e.getStatusCode();
		String reason = e instanceof ResponseStatusException r ? r.getReason() : null;
		return answer.send(request, response, status, reason != null ? reason
				: texts.getMessage("problem.status." + status.value(), null, text("problem.other"), locale()));
	}

	private String label(String field) {
		return texts.getMessage("field." + field, null, text("problem.someField"), locale());
	}

	private String text(String key, Object... arguments) {
		return texts.getMessage(key, arguments, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}

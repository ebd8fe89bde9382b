package cn.shuangyong.portal.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * One way to answer a refusal: the Chinese error page, with a way back, to a browser (a fragment of it to htmx);
 * ProblemDetail with a Chinese
 * title and detail to the API (any address under {@code /api/}, or a caller that asks for JSON and not for HTML).
 */
@Component
class ProblemAnswer {

	private final MessageSource texts;

	private final JsonMapper json;

	ProblemAnswer(MessageSource texts, JsonMapper json) {
		this.texts = texts;
		this.json = json;
	}

	/** The answer itself; null once the JSON is written, which tells Spring MVC the response is complete. */
	ModelAndView send(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
			throws IOException {
		if (wantsJson(request)) {
			ProblemDetail problem = problem(status, detail);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", problem.getTitle());
			body.put("status", status.value());
			body.put("detail", detail);
			body.put("instance", requestedPath(request));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), body);
			return null;
		}
		ModelAndView page = new ModelAndView(view(request, response), status);
		page.addObject("status", status.value());
		page.addObject("message", detail);
		page.addObject("back", back(request));
		return page;
	}

	/**
	 * The error page; to htmx, which would otherwise put a whole page inside the page, its fragment aimed at the
	 * layout's {@code #sy-problem} (app.js lets htmx swap it although the status is an error).
	 */
	static String view(HttpServletRequest request, HttpServletResponse response) {
		if (request.getHeader("HX-Request") == null) {
			return "error";
		}
		response.setHeader("HX-Retarget", "#sy-problem");
		response.setHeader("HX-Reswap", "innerHTML");
		return "fragments/problem :: problem";
	}

	/** ProblemDetail with the title of its status from the bundles (error.404 …), in the request's language. */
	ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(texts.getMessage("error." + status.value(), null,
				texts.getMessage("error.other", null, LocaleContextHolder.getLocale()), LocaleContextHolder.getLocale()));
		return problem;
	}

	static boolean wantsJson(HttpServletRequest request) {
		if (requestedPath(request).startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	/** The address asked for; on the container's error dispatch, the one that failed rather than /error. */
	private static String requestedPath(HttpServletRequest request) {
		Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		return failed instanceof String path ? path : request.getRequestURI();
	}

	/** The page the user came from on this site, as a path; never another site, nor a protocol-relative address. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			String path = from.getRawPath();
			if (!request.getServerName().equalsIgnoreCase(from.getHost()) || path == null || !path.startsWith("/")
					|| path.startsWith("//")) {
				return null;
			}
			return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}

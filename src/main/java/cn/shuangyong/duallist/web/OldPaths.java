package cn.shuangyong.duallist.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages were under {@code /duallists} until they took the API's spelling, {@code /dual-lists}. Bookmarks and
 * links in old notices move on permanently, with the rest of the path and the query; 308 keeps a form's POST a POST.
 */
@Controller
class OldPaths {

	static final String OLD = "/duallists";

	static final String NEW = "/dual-lists";

	@RequestMapping({ OLD, OLD + "/**" })
	ResponseEntity<Void> moved(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length() + OLD.length());
		String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
		return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
			.header(HttpHeaders.LOCATION, request.getContextPath() + NEW + path + query)
			.build();
	}
}

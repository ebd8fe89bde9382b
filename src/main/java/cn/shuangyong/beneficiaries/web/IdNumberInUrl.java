package cn.shuangyong.beneficiaries.web;

import cn.shuangyong.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An ID number is never taken from a URL: there it lands in access logs, proxies and the browser's history (security
 * doc §3, #42). A search by ID number posts it in a form field or a JSON body; a URL that carries one is refused, and
 * nothing is searched.
 */
final class IdNumberInUrl {

	private IdNumberInUrl() {
	}

	static void refuse(HttpServletRequest request) {
		if (inQuery(request.getQueryString()) || "GET".equals(request.getMethod())
				&& request.getParameterMap().keySet().stream().anyMatch(IdNumberInUrl::named)) {
			throw new InvalidInputException("身份证号不能写在网址中查询：请在查询表单中填写后提交（接口请用 POST 请求体），以免号码留在访问日志和浏览器历史中");
		}
	}

	private static boolean inQuery(String query) {
		return query != null && UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet()
			.stream().anyMatch(IdNumberInUrl::named);
	}

	private static boolean named(String parameter) {
		return parameter.equalsIgnoreCase("idNumber");
	}
}

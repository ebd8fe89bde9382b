package cn.shuangyong.beneficiaries.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import cn.shuangyong.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A person's ID number or name is never taken from a URL: there it lands in access logs, proxies and the browser's
 * history (security doc §3, #42). A search by either posts it in a form field or a JSON body, and the pages a search
 * answers with page on and export through forms that post it again; a URL that carries one is refused, and nothing
 * is searched.
 */
final class PersonInUrl {

	private static final Set<String> ID_NUMBER = Set.of("idnumber");

	private static final Set<String> NAME = Set.of("name");

	private PersonInUrl() {
	}

	static void refuse(HttpServletRequest request) {
		if (inUrl(request, ID_NUMBER)) {
			throw new InvalidInputException("身份证号不能写在网址中查询：请在查询表单中填写后提交（接口请用 POST 请求体），以免号码留在访问日志和浏览器历史中");
		}
		if (inUrl(request, NAME)) {
			throw new InvalidInputException("姓名不能写在网址中查询：请在查询表单中填写后提交（接口请用 POST /api/v1/beneficiaries/search 的请求体），以免姓名留在访问日志和浏览器历史中");
		}
	}

	/** True when the URL gives a value to one of these parameters; an empty one names no one. */
	private static boolean inUrl(HttpServletRequest request, Set<String> names) {
		if (request.getQueryString() != null && UriComponentsBuilder.fromUriString("?" + request.getQueryString())
			.build().getQueryParams().entrySet().stream()
			.anyMatch(p -> named(p.getKey(), names) && p.getValue().stream().anyMatch(PersonInUrl::given))) {
			return true;
		}
		// a GET has no body: every parameter it has came with the URL
		return "GET".equals(request.getMethod()) && request.getParameterMap().entrySet().stream()
			.anyMatch(p -> named(p.getKey(), names) && Arrays.stream(p.getValue()).anyMatch(PersonInUrl::given));
	}

	private static boolean named(String parameter, Set<String> names) {
		return names.contains(parameter.toLowerCase(Locale.ROOT));
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}
}

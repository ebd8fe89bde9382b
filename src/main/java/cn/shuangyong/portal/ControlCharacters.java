package cn.shuangyong.portal;

import java.util.Map;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before any handler runs, a request whose query or form parameters carry a control character other than a
 * line break or a tab: a NUL ({@code q=a%00b}) would reach PostgreSQL, which refuses it with a server error, and no
 * one types the others. One check for every parameter of every page and API call (security doc §3, #29 and #39); the
 * answer is a 400 with a Chinese message, as a page or as a ProblemDetail, and nothing is changed.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (FreeText.hasControl(parameter.getKey())) {
				throw new InvalidInputException("请求参数的名称含有不允许的控制字符（如 NUL），未做任何处理");
			}
			for (String value : parameter.getValue()) {
				if (FreeText.hasControl(value)) {
					throw new InvalidInputException(
							"参数 " + parameter.getKey() + " 含有不允许的控制字符（如 NUL），请删除后重试；未做任何处理");
				}
			}
		}
		return true;
	}
}

package cn.shuangyong.portal.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the path it was asked for, so the menu can mark where the user is, and the permissions of the
 * signed-in user, so the menu shows only what they may open. The menu reads the permissions as a plain set
 * ({@code can.contains('WORK_READ')}): twenty Spring Security expressions, each with its own evaluation context, were
 * a measurable share of every page at provincial scale (docs/benchmarks.md, issue 4). The pages and the API check
 * the permissions themselves; the menu only hides links. The menu's entries are declared by the modules ({@link Menu}).
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationModel {

	private final Menu menu;

	NavigationModel(Menu menu) {
		this.menu = menu;
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("can")
	Set<String> can(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
	}

	@ModelAttribute("menu")
	List<Menu.Group> menu(Authentication authentication, HttpServletRequest request) {
		return menu.drawn(can(authentication), requestPath(request));
	}
}

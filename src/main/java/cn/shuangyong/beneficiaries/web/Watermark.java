package cn.shuangyong.beneficiaries.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The watermark behind pages that show personal data: the signed-in user and the time, drawn as a tiled SVG the
 * stylesheet sets as background (registry.css), since the content security policy allows no inline style. Rendered
 * per request and never cached, so a screenshot shows who looked and when.
 */
@Controller
class Watermark {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	Watermark(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/beneficiaries/watermark.svg")
	ResponseEntity<String> svg(@AuthenticationPrincipal CurrentUser user) {
		user.require(Permission.PERSONAL_DATA_READ);
		String text = escape(user.getUsername() + "  " + LocalDateTime.now(clock.withZone(BusinessClock.CHINA)).format(WHEN));
		String svg = """
				<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">\
				<text x="160" y="95" text-anchor="middle" transform="rotate(-24 160 90)" fill="#000" fill-opacity="0.08" \
				font-family="sans-serif" font-size="16">%s</text></svg>""".formatted(text);
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore()).body(svg);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}

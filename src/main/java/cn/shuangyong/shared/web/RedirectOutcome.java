package cn.shuangyong.shared.web;

import java.util.List;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The common end of a form post that redirects back to its page: on success a notice, on bad input or a clash the
 * Chinese problems, shown on the page it returns to; nothing was changed in that case. Flash attributes live in the
 * PostgreSQL session, so only strings and lists of strings go into them.
 */
public final class RedirectOutcome {

	private RedirectOutcome() {
	}

	/**
	 * @param noticeKey message key of the success notice, or null for none
	 */
	public static String run(RedirectAttributes redirect, String target, String noticeKey, Runnable action) {
		try {
			action.run();
			if (noticeKey != null) {
				redirect.addFlashAttribute("notice", noticeKey);
			}
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("problems", e.problems());
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problems", List.of(e.getMessage()));
		}
		return "redirect:" + target;
	}
}

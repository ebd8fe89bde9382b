package cn.shuangyong.placement;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who operates a round. It is seen within the user's region subtree with the right to read the work
 * (404 outside it, 403 without the right); only the office that places operates it: a 双拥办 account of the round's
 * own region (楚雄州's rounds by 楚雄州's office). Anyone else in scope reads and gets 403 on every write.
 */
@Component
class RoundAccess {

	static final String MISSING = "安置批次不存在";

	private final PlacementStore store;

	RoundAccess(PlacementStore store) {
		this.store = store;
	}

	Round visible(long id, CurrentUser user) {
		Round round = store.round(id).orElseThrow(() -> new NotFoundException(MISSING));
		user.mayRead(round.regionCode(), Permission.WORK_READ, MISSING);
		return round;
	}

	Round operated(long id, CurrentUser user) {
		Round round = visible(id, user);
		if (!operates(round, user)) {
			throw new AccessDeniedException("只有负责本批次安置的双拥办可以办理");
		}
		return round;
	}

	static boolean operates(Round round, CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT)
				&& user.regionCode().equals(round.regionCode());
	}
}

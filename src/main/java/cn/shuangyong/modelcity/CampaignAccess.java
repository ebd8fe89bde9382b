package cn.shuangyong.modelcity;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and who acts on a campaign. A campaign is seen within the user's region subtree (the county office its own,
 * the prefecture its counties, the province all); outside it answers 404. The candidate's office self-assesses; the
 * higher office reviews, runs the 公示 and recommends; the provincial office names and withdraws. Anyone else in scope
 * gets 403, and so does a user in scope whose role reads no business work.
 */
@Component
class CampaignAccess {

	private final CampaignStore store;

	CampaignAccess(CampaignStore store) {
		this.store = store;
	}

	Campaign visible(long id, CurrentUser user) {
		Campaign campaign = store.find(id).orElseThrow(() -> new NotFoundException("考评不存在"));
		user.mayRead(campaign.regionCode(), Permission.WORK_READ, "考评不存在");
		return campaign;
	}

	Campaign asCandidate(long id, CurrentUser user) {
		Campaign campaign = visible(id, user);
		if (!candidate(campaign, user)) {
			throw new AccessDeniedException("只有" + campaign.regionName() + "双拥办可以填报自评");
		}
		return campaign;
	}

	Campaign asReviewer(long id, CurrentUser user) {
		Campaign campaign = visible(id, user);
		if (!reviewer(campaign, user)) {
			throw new AccessDeniedException("只有上级双拥办可以审核、公示和推荐");
		}
		return campaign;
	}

	Campaign asProvince(long id, CurrentUser user) {
		Campaign campaign = visible(id, user);
		if (!province(user)) {
			throw new AccessDeniedException("只有省双拥办可以命名和撤销命名");
		}
		return campaign;
	}

	static boolean candidate(Campaign campaign, CurrentUser user) {
		return user.can(Permission.WORK_EDIT) && user.unitId() == campaign.candidateUnitId();
	}

	static boolean reviewer(Campaign campaign, CurrentUser user) {
		return office(user) && user.unitId() == campaign.reviewerUnitId();
	}

	static boolean province(CurrentUser user) {
		return office(user) && user.regionLevel() == RegionLevel.PROVINCE;
	}

	private static boolean office(CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT);
	}
}

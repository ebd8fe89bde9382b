package cn.shuangyong.beneficiaries.honours;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;

/**
 * The checks every honours action makes, in the platform's order: a record outside the user's region subtree answers
 * 404 as if it did not exist; a record in scope that the user's role may not read or change answers 403.
 */
public final class HonoursAccess {

	/** Reading records about people. */
	public static final Permission READ = Permission.PERSONAL_DATA_READ;

	/** Recording work: hangings, visits, merit notices. */
	public static final Permission EDIT = Permission.WORK_EDIT;

	/** Deciding for the office: reviewing applications, revoking plaques, opening campaigns. */
	public static final Permission DECIDE = Permission.PLANS_PUBLISH;

	private HonoursAccess() {
	}

	public static void requireRead(CurrentUser user, String region, String what) {
		if (!user.covers(region)) {
			throw new NotFoundException(what + "不存在或不在您的数据范围内");
		}
		if (!user.can(READ)) {
			throw new AccessDeniedException("您的角色不能查看优抚对象信息");
		}
	}

	public static void requireEdit(CurrentUser user, String region, String what) {
		requireRead(user, region, what);
		if (!user.can(EDIT)) {
			throw new AccessDeniedException("您的角色只能查看，不能登记");
		}
	}

	/**
	 * The county office of the record's county: reviews applications and revokes plaques (国办发〔2018〕72号 Art. 4:
	 * the county 退役军人事务 department organises; 《光荣牌悬挂服务管理工作规定(试行)》: the county decides cancellation).
	 */
	public static void requireCountyOffice(CurrentUser user, String region, String what) {
		requireRead(user, region, what);
		if (!user.can(DECIDE) || user.regionLevel() != RegionLevel.COUNTY) {
			throw new AccessDeniedException("只有所在县（市、区）的双拥办可以" + what);
		}
	}

	/** The user's scope as a bound LIKE pattern. */
	public static String scope(CurrentUser user) {
		return user.scope().pattern();
	}
}

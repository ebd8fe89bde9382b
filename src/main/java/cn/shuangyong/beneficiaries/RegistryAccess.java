package cn.shuangyong.beneficiaries;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the registry: data scope first (a person outside it answers 404, as if absent), then the
 * permission for the act (403). The authority names are those of {@code accounts.Permission}.
 */
final class RegistryAccess {

	static final String READ = "PERSONAL_DATA_READ";

	static final String EDIT = "PERSONAL_DATA_EDIT";

	static final String REVEAL = "PERSONAL_DATA_REVEAL";

	static final String EXPORT = "PERSONAL_DATA_EXPORT";

	private RegistryAccess() {
	}

	static PersonRecord inScope(PersonRecord person, CurrentUser user) {
		if (!user.covers(person.regionCode())) {
			throw new NotFoundException("优抚对象不存在");
		}
		return person;
	}

	static void require(CurrentUser user, String authority, String what) {
		if (!user.hasAuthority(authority)) {
			throw new AccessDeniedException("您没有" + what + "的权限");
		}
	}
}

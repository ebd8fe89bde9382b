package cn.shuangyong.beneficiaries;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with the registry: data scope first (a person outside it answers 404, as if absent), then the
 * permission for the act (403). The permissions are the shared {@code Permission} constants.
 */
final class RegistryAccess {

	static final Permission READ = Permission.PERSONAL_DATA_READ;

	static final Permission EDIT = Permission.PERSONAL_DATA_EDIT;

	static final Permission REVEAL = Permission.PERSONAL_DATA_REVEAL;

	static final Permission EXPORT = Permission.PERSONAL_DATA_EXPORT;

	private RegistryAccess() {
	}

	static PersonRecord inScope(PersonRecord person, CurrentUser user) {
		if (!user.covers(person.regionCode())) {
			throw new NotFoundException("优抚对象不存在");
		}
		return person;
	}

	static void require(CurrentUser user, Permission authority, String what) {
		if (!user.can(authority)) {
			throw new AccessDeniedException("您没有" + what + "的权限");
		}
	}
}

package cn.shuangyong.beneficiaries;

import java.util.Set;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a person from their page, where personal values are shown masked: a personal field left blank keeps what is
 * stored (it is decrypted here, never sent to the page), one marked cleared is removed, one typed in replaces it. The
 * rest goes through {@link Registry#edit}, with its checks, its version check and its audit.
 */
@Service
public class PersonAmendments {

	private final Registry registry;

	private final PersonStore people;

	PersonAmendments(Registry registry, PersonStore people) {
		this.registry = registry;
		this.people = people;
	}

	/** The person, if the user may edit them: outside the scope 404, without the permission 403. */
	@Transactional(readOnly = true)
	public PersonRecord editable(long id, CurrentUser user) {
		PersonRecord person = RegistryAccess.inScope(
				people.find(id).orElseThrow(() -> new NotFoundException("优抚对象不存在")), user);
		RegistryAccess.require(user, RegistryAccess.EDIT, "修改优抚对象");
		return person;
	}

	@Transactional
	public Registry.Registered amend(long id, int version, PersonDraft draft, Set<PersonalField> cleared,
			CurrentUser user) {
		editable(id, user);
		PersonDraft full = new PersonDraft(draft.name(), kept(id, PersonalField.ID_NUMBER, draft.idNumber(), Set.of()),
				kept(id, PersonalField.PHONE, draft.phone(), cleared),
				kept(id, PersonalField.ADDRESS, draft.address(), cleared),
				kept(id, PersonalField.BANK_ACCOUNT, draft.bankAccount(), cleared), draft.categories(),
				draft.disabilityGrade(), draft.regionCode());
		return registry.edit(id, version, full, user);
	}

	private String kept(long id, PersonalField field, String typed, Set<PersonalField> cleared) {
		if (cleared.contains(field)) {
			return "";
		}
		return typed == null || typed.isBlank() ? people.plaintext(id, field) : typed;
	}
}

package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A spouse's personal data beyond its masked copies, the registry's way: revealed one value at a time, with a reason,
 * to a user allowed to reveal who sees the case, every reveal audited; and corrected while the case is open by the
 * unit that filed it, the assigned department or the region's office, every correction audited with the fields it
 * changed (never their values).
 */
@Service
public class NeedDisclosure {

	/** The encrypted fields of a need. */
	public enum Field {

		ID_NUMBER("id_number", "身份证号"), PHONE("phone", "联系电话");

		private final String column;

		private final String label;

		Field(String column, String label) {
			this.column = column;
			this.label = label;
		}

		public static Field parse(String text) {
			try {
				return valueOf(text == null ? "" : text.strip().toUpperCase());
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("查看字段应为身份证号（ID_NUMBER）或联系电话（PHONE）");
			}
		}
	}

	private final NeedStore needs;

	private final EmploymentQueries queries;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	NeedDisclosure(NeedStore needs, EmploymentQueries queries, FieldCipher cipher, AuditTrail audit) {
		this.needs = needs;
		this.queries = queries;
		this.cipher = cipher;
		this.audit = audit;
	}

	@Transactional
	public String reveal(long needId, Field field, String reason, CurrentUser by) {
		queries.visible(needId, by);
		by.require(Permission.PERSONAL_DATA_REVEAL);
		String why = FreeText.clean(reason);
		if (why.length() < 4 || why.length() > 200 || FreeText.hasControl(reason)) {
			throw new InvalidInputException("查看理由：请写明事由，4 至 200 字");
		}
		String stored = needs.stored(needId, field.column).orElse(null);
		if (stored == null) {
			throw new NotFoundException("此案件未登记" + field.label);
		}
		audit.record(by, "SPOUSE_NEED_REVEALED", AuditTarget.of("SPOUSE_NEED", needId), field.label + "：" + why);
		return cipher.decrypt(stored, NeedStore.context(needId, field.column));
	}

	/**
	 * Corrects the spouse's name, ID number, phone and skills of an open case; a blank ID number or phone keeps the
	 * stored one. Bad input names the field and changes nothing.
	 */
	@Transactional
	public void correct(long needId, int version, String spouseName, String idNumber, String phone, String skills,
			CurrentUser by) {
		NeedStore.NeedRow need = queries.visible(needId, by);
		boolean filer = need.filedByUnitId() == by.unitId();
		boolean handler = need.assignedUnitId() == by.unitId()
				|| (by.can(Permission.PLANS_PUBLISH) && by.covers(need.regionCode()));
		if (!by.can(Permission.WORK_EDIT) || !(filer || handler)) {
			throw new AccessDeniedException("只有登记单位、承办部门或双拥办可以更正家属信息");
		}
		if (need.closed()) {
			throw new ConflictException("此案件已办结，不能更正");
		}
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(spouseName, "家属姓名", 50, problems);
		IdNumber id = null;
		if (idNumber != null && !idNumber.isBlank()) {
			IdNumberResult parsed = IdNumber.parse(idNumber, LocalDate.now());
			if (parsed.isValid()) {
				id = parsed.idNumber();
			}
			else {
				parsed.problems().forEach(p -> problems.add("身份证号：" + p));
			}
		}
		PhoneNumber number = null;
		if (phone != null && !phone.isBlank()) {
			try {
				number = PhoneNumber.parse(phone);
			}
			catch (InvalidInputException e) {
				e.problems().forEach(p -> problems.add("联系电话：" + p));
			}
		}
		String skillText = FreeText.clean(skills);
		if (skillText.length() > 500 || FreeText.hasControl(skills)) {
			problems.add("专业技能不超过500字，且不含非法字符");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<String> changed = new ArrayList<>();
		if (!name.equals(need.spouseName())) {
			changed.add("家属姓名");
		}
		if (id != null) {
			changed.add("身份证号");
		}
		if (number != null) {
			changed.add("联系电话");
		}
		String newSkills = skillText.isEmpty() ? null : skillText;
		if (!java.util.Objects.equals(newSkills, need.skills())) {
			changed.add("专业技能");
		}
		needs.correct(needId, version, name, id, number, newSkills);
		audit.record(by, "SPOUSE_NEED_CORRECTED", AuditTarget.of("SPOUSE_NEED", needId),
				changed.isEmpty() ? "无变化" : String.join("、", changed));
	}
}

package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.IdNumberResult;
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
 * The child's ID number beyond its masked copy, the registry's way: revealed with a reason to a user allowed to reveal
 * who sees the application, every reveal audited; and the application corrected before its decision by the unit
 * that filed it or the region's office, every correction audited with the fields it changed (never their values).
 */
@Service
public class ApplicationDisclosure {

	private final ApplicationStore store;

	private final ApplicationReader reader;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	ApplicationDisclosure(ApplicationStore store, ApplicationReader reader, FieldCipher cipher, AuditTrail audit) {
		this.store = store;
		this.reader = reader;
		this.cipher = cipher;
		this.audit = audit;
	}

	@Transactional
	public String revealIdNumber(long id, String reason, CurrentUser by) {
		visible(id, by);
		by.require(Permission.PERSONAL_DATA_REVEAL);
		String why = FreeText.clean(reason);
		if (why.length() < 4 || why.length() > 200 || FreeText.hasControl(reason)) {
			throw new InvalidInputException("查看理由：请写明事由，4 至 200 字");
		}
		audit.record(by, "SCHOOL_CHILD_REVEALED", AuditTarget.of("SCHOOL_APPLICATION", id), why);
		return cipher.decrypt(store.storedIdNumber(id), ApplicationStore.TABLE + ":" + id + ":id_number");
	}

	/** Corrects the child's name and ID number (blank keeps it), the wished school and the documents, before a decision. */
	@Transactional
	public void correct(long id, int version, String childName, String idNumber, String wishedSchool, String documents,
			CurrentUser by) {
		ApplicationStore.Row row = visible(id, by);
		boolean filer = row.filedByUnitId() == by.unitId();
		boolean office = by.can(Permission.PLANS_PUBLISH) && by.covers(row.regionCode());
		if (!by.can(Permission.WORK_EDIT) || !(filer || office)) {
			throw new AccessDeniedException("只有提交申请的单位或双拥办可以更正申请");
		}
		if (row.state() != ApplicationState.SUBMITTED) {
			throw new ConflictException("此申请已作出决定，不能更正");
		}
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(childName, "子女姓名", 50, problems);
		String school = FreeText.required(wishedSchool, "意向学校", 100, problems);
		IdNumber child = null;
		if (idNumber != null && !idNumber.isBlank()) {
			IdNumberResult parsed = IdNumber.parse(idNumber, LocalDate.now());
			if (parsed.isValid()) {
				child = parsed.idNumber();
			}
			else {
				parsed.problems().forEach(p -> problems.add("身份证号：" + p));
			}
		}
		String papers = FreeText.clean(documents);
		if (papers.length() > 500 || FreeText.hasControl(documents)) {
			problems.add("证明材料不超过500字，且不含非法字符");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String newPapers = papers.isEmpty() ? null : papers;
		List<String> changed = new ArrayList<>();
		if (!name.equals(row.childName())) {
			changed.add("子女姓名");
		}
		if (child != null) {
			changed.add("身份证号");
		}
		if (!school.equals(row.wishedSchool())) {
			changed.add("意向学校");
		}
		if (!Objects.equals(newPapers, row.documents())) {
			changed.add("证明材料");
		}
		store.correct(id, version, name, child, school, newPapers);
		audit.record(by, "SCHOOL_APPLICATION_CORRECTED", AuditTarget.of("SCHOOL_APPLICATION", id),
				changed.isEmpty() ? "无变化" : String.join("、", changed));
	}

	private ApplicationStore.Row visible(long id, CurrentUser by) {
		ApplicationStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("入学申请不存在"));
		if (!reader.of(by).sees(row)) {
			throw new NotFoundException("入学申请不存在");
		}
		return row;
	}
}

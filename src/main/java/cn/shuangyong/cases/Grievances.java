package cn.shuangyong.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.PeopleQuery;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.beneficiaries.RegistryPerson;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a grievance case. The unit that registers it manages it (交办单位): it accepts or refuses it, assigns it
 * to a handling unit as a supervision task, grants the one extension, names the leader of a 攻坚 case, and calls the
 * person back to close it. The handling unit answers it. A reopened case is reviewed by a higher office.
 */
@Service
public class Grievances {

	private final CaseStore store;

	private final CaseTimeLimits limits;

	private final FieldCipher cipher;

	private final LookupHash lookup;

	private final Directory directory;

	private final TaskIssuing issuing;

	private final TaskWork work;

	private final Tasks tasks;

	private final CaseTaskSource source;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final PeopleQuery people;

	private final Registry registry;

	Grievances(CaseStore store, CaseTimeLimits limits, FieldCipher cipher, LookupHash lookup, Directory directory,
			TaskIssuing issuing, TaskWork work, Tasks tasks, CaseTaskSource source, AuditTrail audit,
			BusinessClock clock, PeopleQuery people, Registry registry) {
		this.people = people;
		this.registry = registry;
		this.store = store;
		this.limits = limits;
		this.cipher = cipher;
		this.lookup = lookup;
		this.directory = directory;
		this.issuing = issuing;
		this.work = work;
		this.tasks = tasks;
		this.source = source;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a case in the unit's region. A person of the registry (chosen by registry id, or found there by the ID
	 * number within the user's scope) is linked to their record and named as the registry names them; anyone else is
	 * kept as typed, encrypted and masked. A repeat by the same person (same registry record or ID number) on the same
	 * matter (same category) while the first is open is linked to it, not counted again.
	 */
	@Transactional
	public long register(NewCase c, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		if (store.categories().stream().noneMatch(k -> k.code().equals(c.categoryCode()))) {
			throw new InvalidInputException("类别：不是可选的案件类别");
		}
		RegistryMatch match = registryMatch(c, by);
		String name = match != null ? match.name() : c.personName();
		if (name == null) {
			throw new InvalidInputException("当事人姓名：请填写（该身份证号不在您管辖范围的优抚对象库中）");
		}
		String idLookup = c.idNumber() == null ? null : lookup.of(c.idNumber().value());
		Long repeatOf = match == null ? null : store.openCaseOfPerson(match.personId(), c.categoryCode()).orElse(null);
		if (repeatOf == null && idLookup != null) {
			repeatOf = store.openCaseOf(idLookup, c.categoryCode()).orElse(null);
		}
		long id = store.insert(c, name, match == null ? null : match.personId(), by.unitId(), by.regionCode(),
				limits.acceptBy(c.receivedOn()), repeatOf, by.getUsername(), now());
		String idMasked = c.idNumber() != null ? Masking.idNumber(c.idNumber().value())
				: match == null ? null : match.idMasked();
		store.person(id, c.idNumber() == null ? null : cipher.encrypt(c.idNumber().value(), context(id, "id_number")),
				idMasked, idLookup,
				c.phone() == null ? null : cipher.encrypt(c.phone().value(), context(id, "phone")),
				c.phone() == null ? null : Masking.phone(c.phone().value()));
		store.step(id, by.getUsername(), "RECEIVED", c.source().name(), now());
		if (match != null) {
			store.step(id, by.getUsername(), "REGISTRY", "#" + match.personId(), now());
		}
		if (repeatOf != null) {
			store.step(repeatOf, by.getUsername(), "REPEAT", "#" + id, now());
		}
		audit.record(by, "CASE_REGISTERED", AuditTarget.of("CASE", id), repeatOf == null ? null : "重复：" + repeatOf);
		return id;
	}

	/** The registry's record of the case's person, through the registry's published API; null when they are new. */
	private RegistryMatch registryMatch(NewCase c, CurrentUser by) {
		if (c.registryPersonId() != null) {
			if (!by.can(Permission.PERSONAL_DATA_READ)) {
				throw new AccessDeniedException("您的角色不能查看优抚对象，请直接填写当事人");
			}
			RegistryPerson person = people.byIds(List.of(c.registryPersonId()), by).get(c.registryPersonId());
			if (person == null || person.personal() == null) {
				throw new InvalidInputException("优抚对象：编号 " + c.registryPersonId() + " 不在您管辖范围的优抚对象库中");
			}
			return new RegistryMatch(person.personId(), person.personal().name(), person.personal().idMasked());
		}
		if (c.idNumber() == null || !by.can(Permission.PERSONAL_DATA_READ)) {
			return null;
		}
		return registry.byIdNumber(c.idNumber(), by)
			.map(p -> new RegistryMatch(p.id(), p.name(), p.idMasked())).orElse(null);
	}

	private record RegistryMatch(long personId, String name, String idMasked) {

		@Override
		public String toString() {
			return "RegistryMatch[" + personId + "]";
		}
	}

	/** Accepts the case and assigns it to its handling unit as a supervision task due on the answer limit. */
	@Transactional
	public void accept(long id, int version, long handlingUnit, LocalDate on, CurrentUser by) {
		accept(id, version, handlingUnit, List.of(), on, by);
	}

	/** The same, with the units that cooperate on the case, attached to its task as supervision attaches them. */
	@Transactional
	public void accept(long id, int version, long handlingUnit, List<Long> cooperating, LocalDate on, CurrentUser by) {
		if (directory.unit(new UnitId(handlingUnit)).isEmpty()) {
			throw new InvalidInputException("承办单位：所选单位不存在");
		}
		List<Long> helpers = cooperating == null ? List.of() : cooperating.stream().distinct().toList();
		for (long unit : helpers) {
			if (unit == handlingUnit) {
				throw new InvalidInputException("配合单位：不能是承办单位本身");
			}
			if (directory.unit(new UnitId(unit)).isEmpty()) {
				throw new InvalidInputException("配合单位：所选单位不存在");
			}
		}
		GrievanceCase accepted = managed(id, version, by).accept(handlingUnit, day(on), limits);
		store.write(accepted);
		long task = issuing.open(new OpenTask(source, id, "矛盾问题化解：" + abbreviated(accepted.summary()),
				List.of(handlingUnit), helpers, accepted.answerBy(), accepted.officeUnitId()));
		store.linkTask(id, task);
		step(accepted, by, "ACCEPTED", String.valueOf(handlingUnit));
	}

	@Transactional
	public void refuse(long id, int version, String reason, LocalDate on, CurrentUser by) {
		GrievanceCase refused = managed(id, version, by).refuse(reason, day(on));
		store.write(refused);
		step(refused, by, "REFUSED", refused.closureReview());
	}

	/** The one extension: the case's limit and its task's deadline move together. */
	@Transactional
	public void extend(long id, int version, LocalDate to, String reason, CurrentUser by) {
		GrievanceCase extended = managed(id, version, by).extend(to, reason, limits);
		store.write(extended);
		work.changeDeadline(extended.taskId(), extended.extendedTo(), "案件延期：" + extended.extensionReason(),
				tasks.byId(extended.taskId()).orElseThrow().version(), by);
		step(extended, by, "EXTENDED", extended.extendedTo() + "：" + extended.extensionReason());
	}

	@Transactional
	public void lead(long id, int version, String leader, CurrentUser by) {
		GrievanceCase led = managed(id, version, by).ledBy(leader);
		store.write(led);
		step(led, by, "LEADER", led.leaderName());
	}

	/** A note of progress by the managing or the handling unit (a 攻坚 case's monthly report among them). */
	@Transactional
	public void progress(long id, String text, CurrentUser by) {
		GrievanceCase c = visible(id, by);
		if (!by.can(Permission.WORK_EDIT) || (by.unitId() != c.officeUnitId() && !Long.valueOf(by.unitId()).equals(c.handlingUnitId()))) {
			throw new AccessDeniedException("只有交办单位和承办单位可以记录进展");
		}
		if (!c.state().open()) {
			throw new InvalidInputException("进展：案件已结案");
		}
		if (!cn.shuangyong.shared.FreeText.fits(text, 2000)) {
			throw new InvalidInputException("进展：请填写，不超过 2000 字");
		}
		store.step(id, by.getUsername(), "PROGRESS", text.strip(), now());
		audit.record(by, "CASE_PROGRESS", AuditTarget.of("CASE", id), null);
	}

	/** The handling unit's answer, reported and submitted on its task for the managing unit to sign off. */
	@Transactional
	public void resolve(long id, int version, String resolution, LocalDate on, CurrentUser by) {
		GrievanceCase c = visible(id, by);
		if (!by.can(Permission.WORK_EDIT) || !Long.valueOf(by.unitId()).equals(c.handlingUnitId())) {
			throw new AccessDeniedException("只有承办单位可以填报办理结果");
		}
		GrievanceCase resolved = versioned(c, version).resolve(resolution, day(on));
		store.write(resolved);
		if (tasks.byId(resolved.taskId()).map(t -> t.state() == TaskState.ASSIGNED).orElse(false)) {
			work.signFor(resolved.taskId(), by);
		}
		work.report(resolved.taskId(), "办理结果：" + resolved.resolution(), by);
		work.submit(resolved.taskId(), by);
		step(resolved, by, "RESOLVED", resolved.resolution());
	}

	/**
	 * The managing unit records what the person said when called back, with its review, and signs the task off;
	 * the handling unit cannot record its own satisfaction.
	 */
	@Transactional
	public void close(long id, int version, Satisfaction said, String review, LocalDate on, CurrentUser by) {
		GrievanceCase c = visible(id, by);
		if (Long.valueOf(by.unitId()).equals(c.handlingUnitId())) {
			throw new InvalidInputException("满意度：须由交办单位回访记录，承办单位不能自己记录");
		}
		GrievanceCase closed = managed(id, version, by).close(said, review, day(on));
		store.write(closed);
		if (tasks.byId(closed.taskId()).map(t -> t.state() == TaskState.SUBMITTED).orElse(false)) {
			work.signOff(closed.taskId(), by);
		}
		step(closed, by, closed.state() == CaseState.REOPENED ? "REOPENED" : "CLOSED",
				said.name() + "：" + closed.closureReview());
	}

	/**
	 * Who reviews a case reopened after 不满意: a 双拥办 whose scope holds the case, other than the units that managed
	 * and handled it (for a county's case, the prefecture's office; for a 信访局's case, the office over its region).
	 */
	public static boolean reviewer(GrievanceCase c, CurrentUser by) {
		return by.can(Permission.PLANS_PUBLISH) && by.covers(c.regionCode()) && by.unitId() != c.officeUnitId()
				&& !Long.valueOf(by.unitId()).equals(c.handlingUnitId());
	}

	/** A higher office's review of a case reopened after 不满意. */
	@Transactional
	public void review(long id, int version, String conclusion, LocalDate on, CurrentUser by) {
		GrievanceCase c = visible(id, by);
		if (!reviewer(c, by)) {
			throw new AccessDeniedException("不满意的案件须由交办单位以外、管辖该地区的双拥办复查");
		}
		GrievanceCase reviewed = versioned(c, version).review(conclusion, day(on));
		store.write(reviewed);
		step(reviewed, by, "REVIEWED", conclusion.strip());
	}

	/** The full ID number of a case's person, for a user allowed to reveal it; every reveal is audited. */
	@Transactional
	public String revealIdNumber(long id, String reason, CurrentUser by) {
		visible(id, by);
		by.require(Permission.PERSONAL_DATA_REVEAL);
		if (!cn.shuangyong.shared.FreeText.fits(reason, 200)) {
			throw new InvalidInputException("查看理由：请填写，不超过 200 字");
		}
		String stored = store.storedIdNumber(id).orElse(null);
		if (stored == null) {
			throw new NotFoundException("本案未登记身份证号");
		}
		audit.record(by, "CASE_PERSON_REVEALED", AuditTarget.of("CASE", id), reason.strip());
		return cipher.decrypt(stored, context(id, "id_number"));
	}

	/**
	 * Need to know: the managing and the handling unit see their case; beyond them only those who may read records
	 * about people in the case's region (the offices, stations and leaders over it), not every unit of the region.
	 */
	GrievanceCase visible(long id, CurrentUser by) {
		by.require(Permission.WORK_READ);
		GrievanceCase c = store.find(id).orElseThrow(() -> new NotFoundException("案件不存在"));
		boolean ownUnit = by.unitId() == c.officeUnitId() || Long.valueOf(by.unitId()).equals(c.handlingUnitId());
		if (!ownUnit && !(by.can(Permission.PERSONAL_DATA_READ) && by.covers(c.regionCode()))) {
			throw new NotFoundException("案件不存在");
		}
		return c;
	}

	private GrievanceCase managed(long id, int version, CurrentUser by) {
		GrievanceCase c = visible(id, by);
		if (!by.can(Permission.WORK_EDIT) || by.unitId() != c.officeUnitId()) {
			throw new AccessDeniedException("只有交办单位可以受理、交办、延期和结案");
		}
		return versioned(c, version);
	}

	private static GrievanceCase versioned(GrievanceCase c, int version) {
		if (c.version() != version) {
			throw new cn.shuangyong.shared.ConflictException("案件已被他人修改，请刷新后重试");
		}
		return c;
	}

	private LocalDate day(LocalDate on) {
		LocalDate today = clock.today();
		if (on != null && on.isAfter(today)) {
			throw new InvalidInputException("日期：不能晚于今天（" + today + "）");
		}
		return on == null ? today : on;
	}

	private void step(GrievanceCase c, CurrentUser by, String kind, String text) {
		store.step(c.id(), by.getUsername(), kind, text, now());
		audit.record(by, "CASE_" + kind, AuditTarget.of("CASE", c.id()), null);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.clock());
	}

	static String context(long id, String column) {
		return CaseStore.TABLE + ":" + id + ":" + column;
	}

	private static String abbreviated(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}
}

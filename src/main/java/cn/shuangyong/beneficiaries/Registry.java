package cn.shuangyong.beneficiaries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's write path, for the pages and for other code (import, honours): register, edit, move and remove a
 * person, and arrange households. Every field is checked by {@link PersonRules}; personal data is stored encrypted;
 * each change is audited in its own transaction; edits name the version they were made against. Each change a
 * neighbour must know of is published in the same transaction ({@link RegistryEvents}): registered, moved, categories
 * changed, died.
 * <p>
 * A person always belongs to a household: registering without naming one makes a household of their own with them as
 * its head. When a head leaves or is removed, the member registered first becomes head; an empty household is removed.
 */
@Service
@Transactional
public class Registry {

	private final PersonRules rules;

	private final PersonStore people;

	private final HouseholdStore households;

	private final Residences residences;

	private final RegistryAudit audit;

	private final RegistryEvents events;

	Registry(PersonRules rules, PersonStore people, HouseholdStore households, Residences residences,
			RegistryAudit audit, RegistryEvents events) {
		this.rules = rules;
		this.people = people;
		this.households = households;
		this.residences = residences;
		this.audit = audit;
		this.events = events;
	}

	/** Registers a person, in a household of their own or in the one named. */
	public Registered register(PersonDraft draft, Long householdId, CurrentUser user) {
		RegistryAccess.require(user, RegistryAccess.EDIT, "登记优抚对象");
		CheckedPerson person = rules.check(draft);
		requireWithin(person.residence(), user);
		if (people.idOf(person.idNumber()).isPresent()) {
			throw new ConflictException("公民身份号码 " + person.idNumber() + " 已登记，不能重复登记");
		}
		long id = people.nextId();
		long household = householdId == null ? households.create(people.lookupOf(person.idNumber()), person.residence())
				: lockHousehold(householdId, user);
		people.insert(id, household, person);
		audit.record(user, "BENEFICIARY_REGISTERED", id, "登记优抚对象，户 " + household + "，区划 "
				+ person.residence().regionCode() + "，类别 " + String.join("、", person.categories()));
		PersonRecord registered = people.find(id).orElseThrow();
		events.registered(registered);
		return new Registered(registered, person.warnings());
	}

	/** Replaces every field of a person; region changes go through here or {@link #move}. */
	public Registered edit(long id, int version, PersonDraft draft, CurrentUser user) {
		PersonRecord before = editable(id, user);
		CheckedPerson person = rules.check(draft);
		requireWithin(person.residence(), user);
		String lookup = people.idLookup(id);
		people.update(id, version, person);
		// the household follows its head only if this person still heads it: someone may have made another head
		households.setHead(before.householdId(), lookup, people.lookupOf(person.idNumber()),
				person.residence().regionCode(), person.residence().stationUnitId());
		audit.record(user, "BENEFICIARY_UPDATED", id, "修改优抚对象信息（版本 " + version + "），区划 "
				+ before.regionCode() + " → " + person.residence().regionCode() + "，类别 "
				+ String.join("、", before.categories()) + " → " + String.join("、", person.categories()));
		PersonRecord after = people.find(id).orElseThrow();
		events.changed(before, after);
		return new Registered(after, person.warnings());
	}

	/** Moves a person to another township or village, and so to that place's service station. */
	public PersonRecord move(long id, int version, String regionCode, CurrentUser user) {
		PersonRecord before = editable(id, user);
		Residence residence = residences.of(regionCode);
		requireWithin(residence, user);
		people.move(id, version, residence);
		// the household follows its head only if this person still heads it: someone may have made another head
		String lookup = people.idLookup(id);
		households.setHead(before.householdId(), lookup, lookup, residence.regionCode(), residence.stationUnitId());
		audit.record(user, "BENEFICIARY_MOVED", id, "迁移优抚对象：" + before.regionCode() + " → "
				+ residence.regionCode() + "（" + residence.stationName() + "）");
		PersonRecord after = people.find(id).orElseThrow();
		events.moved(before, after);
		return after;
	}

	/**
	 * Removes a person from the registry, with the reason (迁出本省、资格取消 …). A death is not a reason here: it is
	 * recorded with its date by {@link #recordDeath}, so that the neighbours hear of it.
	 */
	public void remove(long id, int version, String reason, CurrentUser user) {
		PersonRecord person = editable(id, user);
		String why = RemovalReason.check(reason);
		leave(person, version);
		audit.record(user, "BENEFICIARY_REMOVED", id, "移除优抚对象（户 " + person.householdId() + "），原因：" + why);
	}

	/** Records a person's death: they leave the registry and {@link PersonDied} is published. */
	public void recordDeath(long id, int version, LocalDate diedOn, CurrentUser user) {
		PersonRecord person = editable(id, user);
		if (diedOn == null) {
			throw new InvalidInputException("请填写死亡日期");
		}
		if (diedOn.isAfter(events.today())) {
			throw new InvalidInputException("死亡日期（" + diedOn + "）不能晚于今天（" + events.today() + "）");
		}
		if (person.birthDate() != null && diedOn.isBefore(person.birthDate())) {
			throw new InvalidInputException("死亡日期（" + diedOn + "）不能早于出生日期");
		}
		leave(person, version);
		audit.record(user, "BENEFICIARY_DIED", id, "登记死亡（户 " + person.householdId() + "），死亡日期 " + diedOn);
		events.died(person, diedOn);
	}

	/** Moves a person into another household; their old household passes its head on or goes. */
	public PersonRecord joinHousehold(long id, int version, long householdId, CurrentUser user) {
		PersonRecord person = editable(id, user);
		if (person.householdId() == householdId) {
			throw new InvalidInputException("此人已在该户中");
		}
		lockHousehold(householdId, user);
		households.lockRegion(person.householdId());
		people.setHousehold(id, version, householdId);
		afterLeaving(person, people.idLookup(id));
		audit.record(user, "HOUSEHOLD_JOINED", id, "加入户 " + householdId + "（原户 " + person.householdId() + "）");
		PersonRecord after = people.find(id).orElseThrow();
		events.moved(person, after);
		return after;
	}

	/** Takes a person out of their household into one of their own, with them as head. */
	public PersonRecord leaveHousehold(long id, int version, CurrentUser user) {
		PersonRecord person = editable(id, user);
		if (households.members(person.householdId()) == 1) {
			throw new InvalidInputException("此人已单独成户");
		}
		households.lockRegion(person.householdId());
		String lookup = people.idLookup(id);
		if (person.householdHead()) {
			passHeadOn(person, lookup);
		}
		Residence residence = residences.of(person.regionCode());
		long own = households.create(lookup, residence);
		people.setHousehold(id, version, own);
		afterLeaving(person, lookup);
		audit.record(user, "HOUSEHOLD_LEFT", id, "离开户 " + person.householdId() + "，单独成户 " + own);
		PersonRecord after = people.find(id).orElseThrow();
		events.moved(person, after);
		return after;
	}

	/**
	 * Makes a member the head of their household; the household takes their region and station. {@code currentHeadId}
	 * is the head the user saw: if someone changed the head meanwhile, nothing changes and the user is told.
	 */
	public HouseholdRecord makeHead(long id, long currentHeadId, CurrentUser user) {
		PersonRecord person = editable(id, user);
		if (person.householdId() == 0) {
			throw new InvalidInputException("此人尚未归户，请先加入一户或单独成户");
		}
		households.lockRegion(person.householdId());
		PersonRecord head = people.ofHousehold(person.householdId()).stream().filter(PersonRecord::householdHead)
			.findFirst().orElse(null);
		if (head != null && head.id() != currentHeadId) {
			throw new ConflictException("户主已由他人改为“" + head.name() + "”，本次未更改；请刷新页面，确认后再设");
		}
		if (!households.setHead(person.householdId(), head == null ? null : people.idLookup(head.id()),
				people.idLookup(id), person.regionCode(), person.stationUnitId())) {
			throw new ConflictException("户主已由他人更改，本次未更改；请刷新页面，确认后再设");
		}
		audit.record(user, "HOUSEHOLD_HEAD_CHANGED", id, "设为户 " + person.householdId() + " 的户主");
		return household(person.householdId(), user);
	}

	@Transactional(readOnly = true)
	public PersonRecord person(long id, CurrentUser user) {
		PersonRecord person = RegistryAccess.inScope(
				people.find(id).orElseThrow(() -> new NotFoundException("优抚对象不存在")), user);
		RegistryAccess.require(user, RegistryAccess.READ, "查看优抚对象");
		return person;
	}

	@Transactional(readOnly = true)
	public HouseholdRecord household(long id, CurrentUser user) {
		List<PersonRecord> members = people.ofHousehold(id);
		if (members.isEmpty() || members.stream().noneMatch(m -> user.covers(m.regionCode()))) {
			throw new NotFoundException("户不存在");
		}
		RegistryAccess.require(user, RegistryAccess.READ, "查看优抚对象");
		PersonRecord head = members.get(0);
		return new HouseholdRecord(id, head.regionCode(), head.stationUnitId(), members);
	}

	/** The person with this ID number, found by its lookup hash; empty when none, or outside the user's scope. */
	@Transactional(readOnly = true)
	public Optional<PersonRecord> byIdNumber(IdNumber idNumber, CurrentUser user) {
		RegistryAccess.require(user, RegistryAccess.READ, "查看优抚对象");
		return people.idOf(idNumber).flatMap(people::find).filter(p -> user.covers(p.regionCode()));
	}

	/** Deletes the person's row; their household passes its head on or goes. */
	private void leave(PersonRecord person, int version) {
		households.lockRegion(person.householdId());
		String lookup = people.idLookup(person.id());
		people.delete(person.id(), version);
		afterLeaving(person, lookup);
	}

	private PersonRecord editable(long id, CurrentUser user) {
		PersonRecord person = RegistryAccess.inScope(
				people.find(id).orElseThrow(() -> new NotFoundException("优抚对象不存在")), user);
		RegistryAccess.require(user, RegistryAccess.EDIT, "修改优抚对象");
		return person;
	}

	private long lockHousehold(long householdId, CurrentUser user) {
		households.lockRegion(householdId).filter(user::covers)
			.orElseThrow(() -> new NotFoundException("户 " + householdId + " 不存在"));
		return householdId;
	}

	private static void requireWithin(Residence residence, CurrentUser user) {
		if (!user.covers(residence.regionCode())) {
			throw new InvalidInputException("行政区划：“" + residence.region().name() + "”不在您的数据范围内，只能登记本辖区的人员");
		}
	}

	/**
	 * After a person left a household: remove it when empty, else give it a head if it lost its own. An empty household
	 * with an honour record (a plaque hung, an application, a merit notice) stays, so that the record keeps its
	 * household. {@code lookup} is the person's ID lookup hash, what the household names as head if they headed it.
	 */
	private void afterLeaving(PersonRecord person, String lookup) {
		List<PersonRecord> rest = people.ofHousehold(person.householdId());
		if (rest.isEmpty()) {
			if (!households.hasHonours(person.householdId())) {
				households.delete(person.householdId());
			}
		}
		else if (person.householdHead() && rest.stream().noneMatch(PersonRecord::householdHead)) {
			passHeadOn(person, lookup);
		}
	}

	/** The member registered first after the head becomes head; the caller holds the household's lock. */
	private void passHeadOn(PersonRecord head, String headLookup) {
		PersonRecord next = people.ofHousehold(head.householdId()).stream().filter(m -> m.id() != head.id())
			.min(java.util.Comparator.comparingLong(PersonRecord::id)).orElseThrow();
		if (!households.setHead(head.householdId(), headLookup, people.idLookup(next.id()), next.regionCode(),
				next.stationUnitId())) {
			throw new ConflictException("户主已由他人更改，本次未更改；请刷新页面后重试");
		}
	}

	/** A registered or edited person, with the warnings to check by hand. */
	public record Registered(PersonRecord person, List<String> warnings) {
	}
}

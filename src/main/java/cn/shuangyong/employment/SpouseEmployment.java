package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A spouse's case from registration to its outcome: a military unit's liaison (or the office) registers the need, the
 * office or the responsible 人社局 confirms a proposed post and records the offer, the interview and its result, and a
 * hire, or another outcome, closes the case.
 */
@Service
public class SpouseEmployment {

	private final NeedStore needs;

	private final MatchStore matches;

	private final PostStore posts;

	private final CaseReader reader;

	private final Responsible responsible;

	private final Directory directory;

	private final TimeLimit timeLimit;

	private final NeedTasks tasks;

	private final AuditTrail audit;

	private final BusinessClock clock;

	SpouseEmployment(NeedStore needs, MatchStore matches, PostStore posts, CaseReader reader, Responsible responsible,
			Directory directory, TimeLimit timeLimit, NeedTasks tasks, AuditTrail audit, BusinessClock clock) {
		this.tasks = tasks;
		this.needs = needs;
		this.matches = matches;
		this.posts = posts;
		this.reader = reader;
		this.responsible = responsible;
		this.directory = directory;
		this.timeLimit = timeLimit;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long register(NewNeed need, CurrentUser by) {
		long id = register(need, clock.today(), by);
		openTask(id);
		return id;
	}

	/**
	 * Opens the case's supervision task. A case registered today gets it at once; the demo's history, registered on
	 * past days, gets it once that history is in and only while the case is still open ({@link #openMissingTasks}),
	 * so a task is never signed off on a day after the case was really closed.
	 */
	void openTask(long id) {
		NeedStore.NeedRow need = needs.find(id).orElseThrow();
		String regionName = directory.region(RegionCode.of(need.regionCode())).map(Region::name).orElse(need.regionCode());
		needs.linkTask(id, tasks.open(id, regionName, need.regionCode(), need.assignedUnitId(), need.deadline()));
	}

	/** Opens the tasks of the open cases that have none: those of the demo's history. */
	@Transactional
	void openMissingTasks() {
		needs.openWithoutTask().forEach(this::openTask);
	}

	/** Registers on a given day: the demo's cases were registered through the year before its business date. */
	@Transactional
	long register(NewNeed need, LocalDate today, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		Unit own = unit(by.unitId());
		Unit soldierUnit = directory.unit(new UnitId(need.soldierUnitId()))
			.filter(u -> u.kind() == UnitKind.MILITARY)
			.orElseThrow(() -> new InvalidInputException("军人所在部队不是目录中的部队单位"));
		if (own.kind() == UnitKind.MILITARY) {
			if (soldierUnit.id().value() != own.id().value()) {
				throw new AccessDeniedException("部队联络员只能登记本部队军人的随军家属");
			}
		}
		else if (own.kind() != UnitKind.OFFICE || !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有部队联络员或双拥办可以登记随军家属就业需求");
		}
		Region region = directory.region(RegionCode.of(need.regionCode()))
			.filter(r -> r.level() == RegionLevel.PREFECTURE || r.level() == RegionLevel.COUNTY)
			.orElseThrow(() -> new InvalidInputException("意向就业地区不存在，应为州市或县市区"));
		if (!by.covers(region.code().value())) {
			throw new InvalidInputException("意向就业地区不在本单位所在地区范围内");
		}
		if (need.arrivedOn().isAfter(today)) {
			throw new InvalidInputException("随军到达日期不能晚于登记日期 " + today);
		}
		long assigned = responsible.departmentFor(region.code()).id().value();
		long id = needs.insert(need, by.unitId(), assigned, today, timeLimit.deadline(today), by.getUsername());
		matches.step(id, null, "REGISTERED", today, null, by.getUsername());
		audit.record(by, "SPOUSE_NEED_REGISTERED", AuditTarget.of("SPOUSE_NEED", id), region.name());
		return id;
	}

	/** The officer's confirmation of a proposed post: the post must be one the matching proposes for this need. */
	@Transactional
	public long confirm(long needId, int version, long postId, CurrentUser by) {
		return confirm(needId, version, postId, clock.today(), by);
	}

	@Transactional
	long confirm(long needId, int version, long postId, LocalDate on, CurrentUser by) {
		NeedStore.NeedRow need = actable(needId, by);
		PostStore.PostRow post = posts.find(postId).orElseThrow(() -> new InvalidInputException("岗位不存在"));
		PostMatching.Wish wish = new PostMatching.Wish(need.regionCode(), need.education(), need.workKind());
		if (PostMatching.propose(wish, List.of(post.offer())).isEmpty()) {
			throw new InvalidInputException("岗位不符合此家属的意向地区或学历，或已招满");
		}
		needs.touch(needId, version);
		long matchId = matches.confirm(needId, postId, by.getUsername(), on);
		matches.step(needId, matchId, "CONFIRMED", on, post.title(), by.getUsername());
		audit.record(by, "SPOUSE_MATCH_CONFIRMED", AuditTarget.of("SPOUSE_NEED", needId), "岗位 " + postId);
		return matchId;
	}

	/** Records an offer, interview, result or refusal on the case's live match; a hire closes the case as 安置. */
	@Transactional
	public void record(long needId, int version, MatchStep step, LocalDate on, String note, CurrentUser by) {
		NeedStore.NeedRow need = actable(needId, by);
		MatchStore.MatchRow match = matches.ofNeed(needId).stream().filter(m -> m.state().live()).findFirst()
			.orElseThrow(() -> new ConflictException("此案件没有正在办理的岗位匹配，请先确认匹配"));
		MatchState next = match.state().after(step);
		if (next == null) {
			throw new ConflictException("当前环节不能记录此项：先推荐，再面试，面试后记录录用结果；面试前家属可以放弃");
		}
		String text = note(note);
		within(on, match.confirmedOn(), "日期");
		needs.touch(needId, version);
		matches.move(match.id(), match.version(), next);
		matches.step(needId, match.id(), step.name(), on, text, by.getUsername());
		if (step == MatchStep.HIRED) {
			needs.close(needId, version + 1, Outcome.PLACED, on, text, match.postId());
			matches.step(needId, null, "CLOSED", on, null, by.getUsername());
			tasks.close(need.taskId(), Outcome.PLACED.chinese() + (text == null ? "" : "，" + text), by);
		}
		audit.record(by, "SPOUSE_MATCH_STEP", AuditTarget.of("SPOUSE_NEED", need.id()), step.name());
	}

	/** Closes a case without a hire: 自主就业, 公益性岗位 or training. */
	@Transactional
	public void close(long needId, int version, Outcome outcome, LocalDate on, String note, CurrentUser by) {
		NeedStore.NeedRow need = actable(needId, by);
		if (outcome == Outcome.PLACED) {
			throw new InvalidInputException("安置由岗位匹配录用后自动办结，请记录录用结果");
		}
		if (matches.ofNeed(needId).stream().anyMatch(m -> m.state().live())) {
			throw new ConflictException("此案件有正在办理的岗位匹配，请先记录其结果");
		}
		within(on, need.registeredOn(), "办结日期");
		String text = note(note);
		needs.close(needId, version, outcome, on, text, null);
		matches.step(needId, null, "CLOSED", on, text, by.getUsername());
		tasks.close(need.taskId(), outcome.chinese() + (text == null ? "" : "，" + text), by);
		audit.record(by, "SPOUSE_CASE_CLOSED", AuditTarget.of("SPOUSE_NEED", needId), outcome.name());
	}

	/** The office of the case's region or the department it is assigned to; open cases only. */
	private NeedStore.NeedRow actable(long needId, CurrentUser by) {
		NeedStore.NeedRow need = needs.find(needId).orElseThrow(() -> new NotFoundException("案件不存在"));
		CaseReader.Sight sight = reader.of(by);
		if (!sight.sees(need)) {
			throw new NotFoundException("案件不存在");
		}
		if (!handles(sight, need)) {
			throw new AccessDeniedException("只有双拥办或承办的人力资源和社会保障部门可以办理此案件");
		}
		if (need.closed()) {
			throw new ConflictException("此案件已办结");
		}
		return need;
	}

	/** True when the user may confirm matches and record steps and outcomes on this case (pages show the forms). */
	public boolean mayHandle(long needId, CurrentUser by) {
		return needs.find(needId).map(need -> handles(reader.of(by), need)).orElse(false);
	}

	private static boolean handles(CaseReader.Sight sight, NeedStore.NeedRow need) {
		CurrentUser by = sight.user();
		boolean office = sight.standpoint() == CaseReader.Standpoint.REGION && by.can(Permission.PLANS_PUBLISH)
				&& by.covers(need.regionCode());
		return by.can(Permission.WORK_EDIT) && (office || need.assignedUnitId() == by.unitId());
	}

	private void within(LocalDate on, LocalDate notBefore, String what) {
		if (on == null) {
			throw new InvalidInputException("请填写" + what);
		}
		if (on.isBefore(notBefore) || on.isAfter(clock.today())) {
			throw new InvalidInputException(what + "应在 " + notBefore + " 至 " + clock.today() + " 之间");
		}
	}

	private static String note(String note) {
		String text = FreeText.clean(note);
		if (text.length() > 500 || FreeText.hasControl(note)) {
			throw new InvalidInputException("说明不超过500字，且不含非法字符");
		}
		return text.isEmpty() ? null : text;
	}

	private Unit unit(long id) {
		return directory.unit(new UnitId(id)).orElseThrow(() -> new NotFoundException("单位不存在"));
	}
}

package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.DisabilityGradeApproved;
import cn.shuangyong.beneficiaries.PersonRecord;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.documents.OfficeCode;
import cn.shuangyong.documents.publicnotice.Announcement;
import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.documents.publicnotice.PublicNotice;
import cn.shuangyong.documents.publicnotice.PublicNotices;
import cn.shuangyong.documents.publicnotice.Subject;
import cn.shuangyong.pensions.accounts.PensionAccounts;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评定、调整残疾等级: the county office takes the application of a person of its registry, accepts it, records the
 * medical opinion, runs the 公示 of the proposed grade (documents' one way, objections answered before it closes) and
 * reports with the 审批表; the prefecture's veterans department reviews and the provincial veterans department
 * approves (军人抚恤优待条例 2024 Art. 28(3)). On approval the registry records the grade
 * ({@link DisabilityGradeApproved}) and the disability pension follows it from its first month. Each step is a task
 * of the unit that must act ({@link RatingTasks}). A rating outside the user's scope is a 404; a step taken by a unit
 * that does not act on it is a 403.
 */
@Service
@Transactional
public class Ratings {

	static final String MODULE = "pensions";

	/** The unit key of the provincial veterans department, which approves (units-53.csv). */
	static final String PROVINCE_APPROVER = "yn-veterans";

	private final RatingStore store;

	private final Registry registry;

	private final Directory directory;

	private final RatingTasks tasks;

	private final PublicNotices notices;

	private final PensionAccounts accounts;

	private final StepLimits limits;

	private final BusinessClock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Ratings(RatingStore store, Registry registry, Directory directory, RatingTasks tasks, PublicNotices notices,
			PensionAccounts accounts, StepLimits limits, BusinessClock clock, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.store = store;
		this.registry = registry;
		this.directory = directory;
		this.tasks = tasks;
		this.notices = notices;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/** Takes an application at the county office where the person is registered; returns the rating. */
	public Rating apply(RatingApplication application, CurrentUser by) {
		PersonRecord person = registry.person(application.personId(), by);
		if (!by.can(Permission.PERSONAL_DATA_EDIT) || !person.countyCode().equals(by.regionCode())
				|| by.unitId() != countyOffice(person.countyCode()).id().value()) {
			throw new AccessDeniedException("评残申请由户籍所在县（市、区）的双拥办受理");
		}
		if (application.appliedOn().isAfter(clock.today())) {
			throw new InvalidInputException("申请日期 " + application.appliedOn() + " 晚于今天");
		}
		List<String> problems = new ArrayList<>();
		RatingRules.checkApplication(application.kind(), application.injuredOn(), person.disabilityGrade(),
				application.previousGrade(), application.previousRatedOn(), application.appliedOn(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = store.insert(application, person.name(), person.idMasked(), person.regionCode(),
				person.countyCode(), by.getUsername(), clock.now());
		Rating rating = store.lock(id).orElseThrow();
		rating = next(rating, RatingStep.APPLIED, by.unitId(), clock.today());
		store.write(rating, by.getUsername(), clock.now(), application.kind().chinese() + "，" + application.nature().chinese());
		audit.record(by, "PENSION_RATING_APPLIED", AuditTarget.of("PENSION_RATING", id),
				application.kind().chinese() + application.nature().chinese());
		return find(id, by);
	}

	public Rating accept(long id, int seen, CurrentUser by) {
		Rating rating = county(id, seen, by);
		return move(rating, rating.accept(), "受理审查：材料齐全", "PENSION_RATING_ACCEPTED", by);
	}

	public Rating assess(long id, int seen, MedicalOpinion opinion, CurrentUser by) {
		Rating rating = county(id, seen, by);
		return move(rating, rating.assess(opinion),
				"鉴定意见：" + opinion.grade() + " 级（" + opinion.by() + "，" + opinion.on() + "，" + opinion.document() + "）",
				"PENSION_RATING_ASSESSED", by);
	}

	/** Opens the 公示 of the proposed grade at the county for the configured working days, from today. */
	public Rating openNotice(long id, int seen, CurrentUser by) {
		return openNotice(id, seen, clock.today(), by);
	}

	/** The 公示 from a given first day: the demo's, which ran before the demo day. */
	Rating openNotice(long id, int seen, LocalDate start, CurrentUser by) {
		Rating rating = county(id, seen, by);
		if (rating.step() != RatingStep.ASSESSED) {
			rating.noticeOpened(0);
		}
		Region county = directory.region(new RegionCode(rating.countyCode())).orElseThrow();
		Unit office = countyOffice(rating.countyCode());
		Subject subject = new Subject(MODULE, id, rating.personName() + rating.application().kind().chinese()
				+ "残疾等级（拟评定" + rating.opinion().grade() + "级" + rating.application().nature().chinese() + "）");
		PublicNotice notice = notices.open(subject, rating.countyCode(),
				notices.period(start, limits.noticeDays()),
				new Announcement.Issued(OfficeCode.abbreviation(county.name(), RegionLevel.COUNTY) + "拥办",
						office.name(), office.id().value(), rating.countyCode(), "关于" + subject.title() + "的公示"),
				by);
		Rating opened = rating.noticeOpened(notice.id());
		return move(rating, opened, "公示 " + notice.docNumber() + "，" + notice.period(), "PENSION_RATING_NOTICE_OPENED",
				by, notice.period().end());
	}

	/** The 公示 of the rating and its objections, if one was opened. */
	@Transactional(readOnly = true)
	public Optional<NoticeShown> notice(long id, CurrentUser by) {
		Rating rating = find(id, by);
		return Optional.ofNullable(rating.noticeId()).map(n -> new NoticeShown(notices.find(n), notices.objections(n)));
	}

	public long recordObjection(long id, ObjectionInput objection, CurrentUser by) {
		Rating rating = countyActor(find(id, by), by);
		long objectionId = notices.recordObjection(runningNotice(rating), objection, by);
		audit.record(by, "PENSION_RATING_OBJECTION_RECORDED", AuditTarget.of("PENSION_RATING", id), "异议 " + objectionId);
		return objectionId;
	}

	public void answer(long id, long objectionId, ObjectionAnswer answer, CurrentUser by) {
		Rating rating = countyActor(find(id, by), by);
		notices.answer(runningNotice(rating), objectionId, answer, by);
		audit.record(by, "PENSION_RATING_OBJECTION_ANSWERED", AuditTarget.of("PENSION_RATING", id), "异议 " + objectionId);
	}

	/**
	 * Closes the 公示 (after its last day, every objection answered, as documents' one way checks): confirmed, the
	 * county reports next; overturned, it obtains a new medical opinion.
	 */
	public Rating closeNotice(long id, int seen, int noticeVersion, boolean confirmed, String note, CurrentUser by) {
		Rating rating = county(id, seen, by);
		if (rating.step() != RatingStep.NOTICE) {
			rating.noticeClosed(confirmed);
		}
		notices.close(rating.noticeId(), noticeVersion, confirmed ? NoticeOutcome.CONFIRMED : NoticeOutcome.OVERTURNED,
				note, by);
		return move(rating, rating.noticeClosed(confirmed), confirmed ? "公示无异议或异议不成立" : "公示未通过：" + note,
				"PENSION_RATING_NOTICE_CLOSED", by);
	}

	/** 县级上报: the county sends the 审批表 to the prefecture. */
	public Rating report(long id, int seen, CurrentUser by) {
		Rating rating = county(id, seen, by);
		return move(rating, rating.report(clock.today()), "报送《评定、调整残疾等级审批表》", "PENSION_RATING_REPORTED", by);
	}

	/** 市级审核 by the prefecture's veterans department. */
	public Rating review(long id, int seen, CurrentUser by) {
		Rating rating = acting(id, seen, by);
		return move(rating, rating.review(clock.today()), "市级审核同意", "PENSION_RATING_REVIEWED", by);
	}

	/**
	 * 省级审批 by the provincial veterans department: the certificate number is given, the registry records the
	 * grade, and the disability pension follows the new grade from its first month.
	 */
	public Rating approve(long id, int seen, String certificateNumber, CurrentUser by) {
		Rating rating = acting(id, seen, by);
		Rating approved = rating.approve(certificateNumber, clock.today());
		Rating.Approval approval = approved.approval();
		String decision = "《评定、调整残疾等级审批表》 " + approval.approvedOn() + " 批准，残疾军人证 "
				+ approval.certificateNumber();
		Rating moved = move(rating, approved, decision + "，" + approval.firstMonth() + " 起按 "
				+ approved.entitlement().label() + " 发放", "PENSION_RATING_APPROVED", by);
		accounts.followRating(rating.personId(), rating.regionCode(), rating.countyCode(), approved.entitlement(),
				approval.firstMonth(), decision, by);
		events.publishEvent(new DisabilityGradeApproved(rating.personId(), approved.opinion().grade(),
				approval.approvedOn(), decision));
		return moved;
	}

	/** Not rated, by the unit the step waits on, with the reason. */
	public Rating refuse(long id, int seen, String reason, CurrentUser by) {
		Rating rating = acting(id, seen, by);
		Rating refused = rating.refuse(reason);
		return move(rating, refused, "不予评定：" + refused.refusedReason(), "PENSION_RATING_REFUSED", by);
	}

	/** The 审批表 as .docx, filled in as far as the rating has come; every download is audited. */
	public byte[] approvalForm(long id, CurrentUser by) {
		Rating rating = find(id, by);
		String number = rating.noticeId() == null ? null : notices.find(rating.noticeId()).docNumber();
		String county = directory.region(new RegionCode(rating.countyCode())).map(Region::name).orElse(rating.countyCode());
		byte[] docx = ApprovalForm.docx(rating, number, county);
		audit.record(by, "PENSION_RATING_FORM_EXPORTED", AuditTarget.of("PENSION_RATING", id), ApprovalForm.TITLE);
		return docx;
	}

	/** A rating in the user's scope: 404 outside it, 403 for a reader who may neither read people nor act on it. */
	@Transactional(readOnly = true)
	public Rating find(long id, CurrentUser by) {
		Rating rating = store.find(id).orElseThrow(() -> new NotFoundException("评残记录不存在"));
		if (!by.covers(rating.regionCode())) {
			throw new NotFoundException("评残记录不存在");
		}
		requireReader(by);
		return rating;
	}

	/** The ratings in the user's scope, open ones first, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<Rating> within(CurrentUser by) {
		requireReader(by);
		return store.within(by.scope(), 200);
	}

	@Transactional(readOnly = true)
	public List<RatingEvent> history(long id, CurrentUser by) {
		find(id, by);
		return store.events(id);
	}

	/** True when the user's unit acts on the rating's current step. */
	@Transactional(readOnly = true)
	public boolean actsOn(Rating rating, CurrentUser by) {
		return rating.step().open() && by.can(Permission.WORK_EDIT) && actor(rating).map(u -> u.id().value() == by.unitId())
			.orElse(false) && (rating.step().actor() != RegionLevel.COUNTY || by.can(Permission.PERSONAL_DATA_EDIT));
	}

	/** The unit that acts on the rating's current step, if the directory holds it. */
	@Transactional(readOnly = true)
	public Optional<Unit> actor(Rating rating) {
		if (!rating.step().open()) {
			return Optional.empty();
		}
		return directory.catalogueUnit(switch (rating.step().actor()) {
			case COUNTY -> "office:" + rating.countyCode();
			case PREFECTURE -> "veterans:" + rating.prefectureCode();
			default -> PROVINCE_APPROVER;
		});
	}

	private void requireReader(CurrentUser by) {
		if (!by.can(Permission.PERSONAL_DATA_READ) && !ratingBody(by)) {
			throw new AccessDeniedException("您的角色不能查看评残记录");
		}
	}

	/** The veterans department of the user's prefecture or of the province, which review and approve ratings. */
	private boolean ratingBody(CurrentUser by) {
		RegionLevel level = by.regionLevel();
		String key = level == RegionLevel.PROVINCE ? PROVINCE_APPROVER
				: level == RegionLevel.PREFECTURE ? "veterans:" + by.regionCode() : null;
		return key != null && directory.catalogueUnit(key).map(u -> u.id().value() == by.unitId()).orElse(false);
	}

	private Rating county(long id, int seen, CurrentUser by) {
		Rating rating = acting(id, seen, by);
		if (rating.step().actor() != RegionLevel.COUNTY) {
			throw new AccessDeniedException("该评残现为“" + rating.step().chinese() + "”，不由县级办理");
		}
		return rating;
	}

	private Rating countyActor(Rating rating, CurrentUser by) {
		if (!by.can(Permission.WORK_EDIT) || by.unitId() != countyOffice(rating.countyCode()).id().value()) {
			throw new AccessDeniedException("只有户籍所在县（市、区）的双拥办可以办理公示");
		}
		return rating;
	}

	/** The rating, locked, at the version the user saw, if the user's unit acts on its step (403 otherwise). */
	private Rating acting(long id, int seen, CurrentUser by) {
		find(id, by);
		Rating rating = store.lock(id).orElseThrow();
		if (!rating.step().open()) {
			throw new cn.shuangyong.shared.ConflictException("该评残已" + rating.step().chinese());
		}
		if (!actsOn(rating, by)) {
			throw new AccessDeniedException("该评残现为“" + rating.step().chinese() + "”，应由"
					+ actor(rating).map(Unit::name).orElse("上级") + "办理");
		}
		return rating.requireVersion(seen);
	}

	private long runningNotice(Rating rating) {
		if (rating.step() != RatingStep.NOTICE) {
			throw new cn.shuangyong.shared.ConflictException("该评残现为“" + rating.step().chinese() + "”，不在公示期");
		}
		return rating.noticeId();
	}

	private Rating move(Rating before, Rating after, String note, String event, CurrentUser by) {
		return move(before, after, note, event, by, null);
	}

	/**
	 * Closes the task of the step taken, opens the next one's for the unit that acts on it, and writes the rating.
	 * {@code from} is the day the next step's limit counts from (the 公示's last day; today otherwise; the medical
	 * opinion's day for the report).
	 */
	private Rating move(Rating before, Rating after, String note, String event, CurrentUser by, LocalDate from) {
		tasks.close(before.taskId(), note, by);
		Rating next = after;
		if (after.step().open()) {
			LocalDate start = from != null ? from
					: after.step() == RatingStep.NOTICED ? after.opinion().on() : clock.today();
			Unit unit = actor(after).orElseThrow(() -> new InvalidInputException(
					"目录中没有办理“" + after.step().chinese() + "”的单位，请先在单位目录中添加"));
			next = next(after, after.step(), unit.id().value(), start);
		}
		store.write(next, by.getUsername(), clock.now(), note);
		audit.record(by, event, AuditTarget.of("PENSION_RATING", before.id()), note);
		return store.find(before.id()).orElseThrow();
	}

	private Rating next(Rating rating, RatingStep step, long unitId, LocalDate from) {
		LocalDate due = tasks.due(step, from);
		long task = tasks.open(rating, step, unitId, due);
		return new Rating(rating.id(), rating.personId(), rating.personName(), rating.personIdMasked(),
				rating.regionCode(), rating.countyCode(), rating.application(), step, due, task, rating.opinion(),
				rating.noticeId(), rating.reportedOn(), rating.reviewedOn(), rating.approval(), rating.refusedReason(),
				rating.version());
	}

	private Unit countyOffice(String countyCode) {
		return directory.catalogueUnit("office:" + countyCode)
			.orElseThrow(() -> new NotFoundException("目录中没有该县（市、区）的双拥办"));
	}

	/** A 公示 with its objections, for the rating's page. */
	public record NoticeShown(PublicNotice notice, List<cn.shuangyong.documents.publicnotice.Objection> objections) {
	}
}

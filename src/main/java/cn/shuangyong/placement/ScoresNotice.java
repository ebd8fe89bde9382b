package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.OfficeCode;
import cn.shuangyong.documents.publicnotice.Announcement;
import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.Objection;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.documents.publicnotice.PublicNotice;
import cn.shuangyong.documents.publicnotice.PublicNotices;
import cn.shuangyong.documents.publicnotice.Subject;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 公示 of scores before the choice, through the platform's one way ({@code documents.publicnotice}): the ranked
 * list, names masked, published by the placing office under its own number for a number of working days (5 unless
 * it sets another), kept as it stood; objections recorded and answered. A score changed after it keeps both values
 * and the reason ({@link Placements#correct}), the ranks are cleared and must be worked out again, and the choice
 * cannot start while the 公示 runs.
 */
@Service
@Transactional
public class ScoresNotice {

	/**
	 * The subject's key in {@code documents.publicnotice}, which keys a 公示 by module and record: the round's results
	 * already hold {@code placement} with the round's id.
	 */
	static final String SUBJECT = "placementscores";

	static final int WORKING_DAYS = 5;

	private final PlacementStore store;

	private final PublishedScores published;

	private final RoundAccess access;

	private final PublicNotices notices;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	ScoresNotice(PlacementStore store, PublishedScores published, RoundAccess access, PublicNotices notices,
			Directory directory, AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.published = published;
		this.access = access;
		this.notices = notices;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Publishes the round's ranked list for so many working days (null: 5); returns the announcing number. */
	public String open(long roundId, Integer workingDays, CurrentUser by) {
		access.operated(roundId, by);
		int days = workingDays == null ? WORKING_DAYS : workingDays;
		if (days < 1 || days > 30) {
			throw new InvalidInputException("公示期（workingDays）应为1至30个工作日，「" + workingDays + "」不符合");
		}
		Round round = store.lockRound(roundId);
		if (round.stage() != RoundStage.PREPARING) {
			throw new ConflictException("选岗已经开始，不能再公示评分");
		}
		List<Soldier> soldiers = store.soldiers(roundId).stream()
			.filter(s -> s.state() != SoldierState.SELF_EMPLOYED).toList();
		if (soldiers.isEmpty() || soldiers.stream().anyMatch(s -> s.rank() == null)) {
			throw new ConflictException("还有士兵未排序（评分或移交后须重新排序），请先排序再公示评分");
		}
		if (notices.latestOf(SUBJECT, roundId).filter(PublicNotice::running).isPresent()) {
			throw new ConflictException("本批次的评分正在公示");
		}
		Region region = directory.region(new RegionCode(round.regionCode())).orElseThrow();
		String office = directory.unit(new UnitId(round.officeUnitId())).map(Unit::name).orElse(region.name());
		Subject subject = new Subject(SUBJECT, roundId,
				region.name() + round.year() + "年度" + round.kind().chinese() + "安置评分及排名");
		PublicNotice notice = notices.open(subject, round.regionCode(), notices.period(clock.today(), days),
				new Announcement.Issued(OfficeCode.abbreviation(region.name(), RegionLevel.ofCode(round.regionCode()))
						+ "拥办", office, round.officeUnitId(), round.regionCode(), "关于" + subject.title() + "的公示"),
				by);
		published.keep(notice.id(), roundId);
		audit.record(by, "PLACEMENT_SCORES_NOTICE_OPENED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				notice.docNumber());
		return notice.docNumber();
	}

	/** The latest 公示 of the round's scores, if any, with the list it published, its objections and the changes. */
	@Transactional(readOnly = true)
	public Optional<Shown> of(long roundId, CurrentUser by) {
		access.visible(roundId, by);
		return notices.latestOf(SUBJECT, roundId).map(n -> new Shown(n, published.lines(n.id()),
				notices.objections(n.id()), published.changes(roundId)));
	}

	public long recordObjection(long roundId, ObjectionInput objection, CurrentUser by) {
		access.operated(roundId, by);
		long id = notices.recordObjection(current(roundId).id(), objection, by);
		audit.record(by, "PLACEMENT_SCORES_OBJECTION_RECORDED", AuditTarget.of("PLACEMENT_ROUND", roundId), "异议 " + id);
		return id;
	}

	public void answer(long roundId, long objectionId, ObjectionAnswer answer, CurrentUser by) {
		access.operated(roundId, by);
		notices.answer(current(roundId).id(), objectionId, answer, by);
		audit.record(by, "PLACEMENT_SCORES_OBJECTION_ANSWERED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				"异议 " + objectionId);
	}

	/** Closes the 公示 as the office saw it; refused while an objection is open or before its last day has passed. */
	public void close(long roundId, int seenVersion, boolean confirmed, String note, CurrentUser by) {
		access.operated(roundId, by);
		notices.close(current(roundId).id(), seenVersion, confirmed ? NoticeOutcome.CONFIRMED : NoticeOutcome.OVERTURNED,
				note, by);
		audit.record(by, "PLACEMENT_SCORES_NOTICE_CLOSED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				confirmed ? "维持" : "变更");
	}

	/** Whether the round's scores have been published: a change then needs its reason. */
	boolean published(long roundId) {
		return notices.latestOf(SUBJECT, roundId).isPresent();
	}

	/** The 公示 still running, if one is: the choice waits for it. */
	Optional<PublicNotice> running(long roundId) {
		return notices.latestOf(SUBJECT, roundId).filter(PublicNotice::running);
	}

	void changed(long soldierId, BigDecimal oldScore, BigDecimal newScore, String reason, String by,
			OffsetDateTime at) {
		published.changed(soldierId, oldScore, newScore, reason, by, at);
	}

	private PublicNotice current(long roundId) {
		return notices.latestOf(SUBJECT, roundId).orElseThrow(() -> new NotFoundException("本批次的评分尚未公示"));
	}

	/** A 公示 of scores: the list it published, its objections, and the scores changed since. */
	public record Shown(PublicNotice notice, List<Line> lines, List<Objection> objections, List<Change> changes) {
	}

	/** A line of the published list: the name masked as such notices print it; an honour title has no score. */
	public record Line(int rank, String name, BigDecimal score, String honour) {
	}

	/** A score changed after publication: both values and why. */
	public record Change(String name, BigDecimal oldScore, BigDecimal newScore, String reason, OffsetDateTime at) {
	}
}

package cn.shuangyong.placement;

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
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 公示 of a round's results, through the platform's one way ({@code documents.publicnotice}): opened by the
 * placing office once the choice has ended, for 5 working days from today, announced under the office's own number;
 * objections are recorded and answered there, and it is closed after its last day.
 */
@Service
@Transactional
public class ResultsNotice {

	static final String MODULE = "placement";

	static final int WORKING_DAYS = 5;

	private final PlacementStore store;

	private final RoundAccess access;

	private final PublicNotices notices;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	ResultsNotice(PlacementStore store, RoundAccess access, PublicNotices notices, Directory directory,
			AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.access = access;
		this.notices = notices;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the 公示 of the results; returns the announcing document's number. */
	public String open(long roundId, CurrentUser by) {
		access.operated(roundId, by);
		Round round = store.lockRound(roundId);
		if (round.stage() != RoundStage.FINISHED) {
			throw new ConflictException("选岗结束后才能公示结果");
		}
		if (notices.latestOf(MODULE, roundId).isPresent()) {
			throw new ConflictException("本批次的选岗结果已经公示");
		}
		Region region = directory.region(new RegionCode(round.regionCode())).orElseThrow();
		String office = directory.unit(new UnitId(round.officeUnitId())).map(Unit::name).orElse(region.name());
		Subject subject = new Subject(MODULE, roundId,
				region.name() + round.year() + "年度" + round.kind().chinese() + "安置选岗结果");
		PublicNotice notice = notices.open(subject, round.regionCode(), notices.period(clock.today(), WORKING_DAYS),
				new Announcement.Issued(OfficeCode.abbreviation(region.name(), RegionLevel.ofCode(round.regionCode()))
						+ "拥办", office, round.officeUnitId(), round.regionCode(), "关于" + subject.title() + "的公示"),
				by);
		audit.record(by, "PLACEMENT_RESULTS_NOTICE_OPENED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				notice.docNumber());
		return notice.docNumber();
	}

	/** The 公示 of the round's results, if opened, and its objections. */
	@Transactional(readOnly = true)
	public Optional<Shown> of(long roundId, CurrentUser by) {
		access.visible(roundId, by);
		return notices.latestOf(MODULE, roundId).map(n -> new Shown(n, notices.objections(n.id())));
	}

	public long recordObjection(long roundId, ObjectionInput objection, CurrentUser by) {
		access.operated(roundId, by);
		long id = notices.recordObjection(current(roundId).id(), objection, by);
		audit.record(by, "PLACEMENT_OBJECTION_RECORDED", AuditTarget.of("PLACEMENT_ROUND", roundId), "异议 " + id);
		return id;
	}

	public void answer(long roundId, long objectionId, ObjectionAnswer answer, CurrentUser by) {
		access.operated(roundId, by);
		notices.answer(current(roundId).id(), objectionId, answer, by);
		audit.record(by, "PLACEMENT_OBJECTION_ANSWERED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				"异议 " + objectionId);
	}

	/** Closes the 公示 as the office saw it; refused while an objection is open or before its last day has passed. */
	public void close(long roundId, int seenVersion, boolean confirmed, String note, CurrentUser by) {
		access.operated(roundId, by);
		notices.close(current(roundId).id(), seenVersion, confirmed ? NoticeOutcome.CONFIRMED : NoticeOutcome.OVERTURNED,
				note, by);
		audit.record(by, "PLACEMENT_RESULTS_NOTICE_CLOSED", AuditTarget.of("PLACEMENT_ROUND", roundId),
				confirmed ? "维持" : "变更");
	}

	private PublicNotice current(long roundId) {
		return notices.latestOf(MODULE, roundId).orElseThrow(() -> new NotFoundException("本批次的选岗结果尚未公示"));
	}

	/** A 公示 with its objections, for the round's page and the API. */
	public record Shown(PublicNotice notice, List<Objection> objections) {
	}
}

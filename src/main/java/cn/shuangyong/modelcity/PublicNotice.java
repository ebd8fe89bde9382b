package cn.shuangyong.modelcity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.OfficeCode;
import cn.shuangyong.documents.publicnotice.Announcement;
import cn.shuangyong.documents.publicnotice.NoticeOutcome;
import cn.shuangyong.documents.publicnotice.ObjectionAnswer;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.documents.publicnotice.PublicNotices;
import cn.shuangyong.documents.publicnotice.Subject;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's 公示, run through the shared way in {@code documents}: the reviewing office announces it under its
 * own number (楚拥办〔2020〕N号), records each objection the public raises and answers it, and closes the 公示 after its
 * last day once none is left unanswered, recommending the candidate or not. The campaign's stage moves with it in the
 * same transaction.
 */
@Service
@Transactional
public class PublicNotice {

	static final String MODULE = "modelcity";

	private final CampaignAccess access;

	private final CampaignStore store;

	private final CampaignLog log;

	private final PublicNotices notices;

	private final Directory directory;

	PublicNotice(CampaignAccess access, CampaignStore store, CampaignLog log, PublicNotices notices,
			Directory directory) {
		this.access = access;
		this.store = store;
		this.log = log;
		this.notices = notices;
		this.directory = directory;
	}

	/**
	 * Opens the shared 公示 of a campaign that has just entered its 公示 stage; returns the number of the announcing
	 * document.
	 */
	String open(Campaign campaign, LocalDate start, LocalDate end, CurrentUser by) {
		Unit office = directory.unit(new UnitId(campaign.reviewerUnitId())).orElseThrow();
		String abbreviation = directory.region(office.regionCode()).map(PublicNotice::abbreviation).orElse("");
		Subject subject = new Subject(MODULE, campaign.id(),
				campaign.regionName() + campaign.cycleYear() + "年度双拥模范城（县）考评");
		return notices.open(subject, campaign.regionCode(), notices.period(start, end),
				new Announcement.Issued(abbreviation + "拥办", office.name(), campaign.reviewerUnitId(),
						office.regionCode().value(), "关于" + subject.title() + "结果的公示"),
				by).docNumber();
	}

	/** Returns the objection's id. */
	public long recordObjection(long campaignId, ObjectionInput objection, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireNoticeRunning("登记异议");
		long id = notices.recordObjection(current(campaignId).id(), objection, by);
		store.claim(campaign);
		log.record(campaignId, "OBJECTION_RECORDED", "异议 " + id + "（" + objection.receivedOn() + "）", by);
		return id;
	}

	/**
	 * Records how an objection was handled, whether it is upheld, and the answer given; an answer is final. Without a
	 * word on {@code upheld} the objection is taken as not upheld, as the office answered before it was asked.
	 */
	public void answer(long campaignId, long objectionId, Boolean upheld, String handling, String answer,
			CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireNoticeRunning("答复异议");
		notices.answer(current(campaignId).id(), objectionId,
				new ObjectionAnswer(upheld == null ? Boolean.FALSE : upheld, handling, answer), by);
		store.claim(campaign);
		log.record(campaignId, "OBJECTION_ANSWERED", "异议 " + objectionId, by);
	}

	/**
	 * Closes the 公示 on the campaign as the reviewer saw it ({@code seen}): an objection recorded or answered since
	 * moved the campaign's version, so a decision taken without seeing it is refused.
	 */
	public void close(long campaignId, Integer seen, boolean recommend, String note, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireSeen(seen, "结束公示");
		campaign.closeNotice(recommend, note);
		cn.shuangyong.documents.publicnotice.PublicNotice notice = current(campaignId);
		notices.close(notice.id(), notice.version(), recommend ? NoticeOutcome.CONFIRMED : NoticeOutcome.OVERTURNED,
				note, by);
		store.save(campaign);
		log.record(campaignId, recommend ? "RECOMMENDED" : "NOT_RECOMMENDED", note, by);
	}

	/** The campaign's 公示, if it has reached one. */
	@Transactional(readOnly = true)
	Optional<cn.shuangyong.documents.publicnotice.PublicNotice> of(long campaignId) {
		return notices.latestOf(MODULE, campaignId);
	}

	@Transactional(readOnly = true)
	List<cn.shuangyong.documents.publicnotice.Objection> objections(long campaignId) {
		return of(campaignId).map(n -> notices.objections(n.id())).orElse(List.of());
	}

	private cn.shuangyong.documents.publicnotice.PublicNotice current(long campaignId) {
		return of(campaignId).orElseThrow(() -> new ConflictException("该考评没有公示记录"));
	}

	private static String abbreviation(Region region) {
		return OfficeCode.abbreviation(region.name(), region.level());
	}
}

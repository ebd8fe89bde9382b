package cn.shuangyong.documents.publicnotice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.documents.RecordedDocument;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in to 公示 with objections, for every module that runs one. Each call joins the caller's transaction, so a
 * module's own record and its 公示 change together or not at all. The caller has checked that its user may run the
 * 公示; what is recorded here is stamped with the business clock.
 */
@Service
@Transactional
public class PublicNotices {

	private final PublicNoticeStore store;

	private final DocumentRegistry registry;

	private final WorkingDayCalendar calendar;

	private final BusinessClock clock;

	private final ApplicationEventPublisher events;

	PublicNotices(PublicNoticeStore store, DocumentRegistry registry, WorkingDayCalendar calendar, BusinessClock clock,
			ApplicationEventPublisher events) {
		this.store = store;
		this.registry = registry;
		this.calendar = calendar;
		this.clock = clock;
		this.events = events;
	}

	/** A period of so many working days from its first day, by the platform's calendar. */
	@Transactional(readOnly = true)
	public NoticePeriod period(LocalDate start, int workingDays) {
		return NoticePeriod.of(start, workingDays, calendar);
	}

	/** A period from its first to its last day, with the working days the platform's calendar finds in it. */
	@Transactional(readOnly = true)
	public NoticePeriod period(LocalDate start, LocalDate end) {
		return NoticePeriod.between(start, end, calendar);
	}

	/**
	 * Opens a 公示 of the subject for the period, in the region whose offices may see it, announced by the document;
	 * returns it.
	 */
	public PublicNotice open(Subject subject, String regionCode, NoticePeriod period, Announcement announcement,
			CurrentUser by) {
		String user = by.getUsername();
		long documentId;
		String number;
		if (announcement instanceof Announcement.Issued issued) {
			DocumentRegistry.Issued document = registry.issue(issued.issuerCode(), period.start().getYear(),
					new DocumentRegistry.Issue(issued.issuer(), issued.issuerUnitId(), issued.title(), issued.issuerRegion(),
							List.of()), user);
			documentId = document.documentId();
			number = document.number().value();
		}
		else {
			String wanted = ((Announcement.Registered) announcement).docNumber();
			RecordedDocument document = registry.byNumber(wanted == null ? "" : wanted)
				.orElseThrow(() -> new InvalidInputException("公示文件字号“" + wanted + "”不在公文登记簿中，请先登记该文件"));
			documentId = document.id();
			number = document.docNumber();
		}
		long id = store.insert(subject, regionCode, period, documentId, number, user, clock.now());
		return store.find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public PublicNotice find(long noticeId) {
		return store.find(noticeId).orElseThrow(() -> new NotFoundException("公示不存在"));
	}

	/** The subject's latest 公示, if it has had one. */
	@Transactional(readOnly = true)
	public Optional<PublicNotice> latestOf(String module, long recordId) {
		return store.latestOf(module, recordId);
	}

	/** The objections in the order they came in. */
	@Transactional(readOnly = true)
	public List<Objection> objections(long noticeId) {
		return store.objections(noticeId);
	}

	/** Records an objection received during the period; returns its id. */
	public long recordObjection(long noticeId, ObjectionInput objection, CurrentUser by) {
		PublicNotice notice = find(noticeId);
		notice.acceptObjection(objection.receivedOn(), clock.today());
		ObjectionInput checked = objection.checked();
		store.touch(noticeId);
		return store.insertObjection(noticeId, checked, by.getUsername(), clock.now());
	}

	/** Records how an objection was answered; an answer is final. */
	public void answer(long noticeId, long objectionId, ObjectionAnswer answer, CurrentUser by) {
		PublicNotice notice = find(noticeId);
		notice.requireRunning("答复异议");
		Objection objection = store.objection(noticeId, objectionId)
			.orElseThrow(() -> new NotFoundException("异议不存在"));
		if (objection.answered()) {
			throw new ConflictException("该异议已经答复");
		}
		ObjectionAnswer checked = answer.checked();
		store.touch(noticeId);
		store.answer(objectionId, checked, by.getUsername(), clock.today());
	}

	/**
	 * Closes the 公示 as of the version the caller saw, after its last day and with every objection answered, and
	 * publishes {@link PublicNoticeClosed}; returns the closed 公示.
	 */
	public PublicNotice close(long noticeId, int seenVersion, NoticeOutcome outcome, String note, CurrentUser by) {
		PublicNotice notice = find(noticeId);
		notice.requireVersion(seenVersion);
		List<Objection> objections = store.objections(noticeId);
		notice.close(outcome, note, objections.stream().filter(o -> !o.answered()).toList(), clock.today());
		store.saveClosing(notice, by.getUsername());
		int upheld = (int) objections.stream().filter(o -> Boolean.TRUE.equals(o.upheld())).count();
		events.publishEvent(new PublicNoticeClosed(noticeId, notice.subject().module(), notice.subject().recordId(),
				notice.outcome(), notice.closingNote(), upheld, notice.closedOn()));
		return find(noticeId);
	}
}

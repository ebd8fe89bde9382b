package cn.shuangyong.documents.publicnotice;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;

/**
 * One 公示: its subject, its period, the document that announced it and, once closed, the outcome. Every move checks
 * that the 公示 still runs; closing also needs the period passed and every objection answered. A refused move throws
 * with a Chinese reason and changes nothing.
 */
public final class PublicNotice {

	private final long id;

	private final Subject subject;

	private final String regionCode;

	private final NoticePeriod period;

	private final String docNumber;

	private final int version;

	private NoticeOutcome outcome;

	private String closingNote;

	private LocalDate closedOn;

	PublicNotice(long id, Subject subject, String regionCode, NoticePeriod period, String docNumber, int version) {
		this.id = id;
		this.subject = subject;
		this.regionCode = regionCode;
		this.period = period;
		this.docNumber = docNumber;
		this.version = version;
	}

	/** Restores how a closed 公示 ended, as stored. */
	PublicNotice restoreClosing(NoticeOutcome outcome, String closingNote, LocalDate closedOn) {
		this.outcome = outcome;
		this.closingNote = closingNote;
		this.closedOn = closedOn;
		return this;
	}

	/** The version the caller saw must still be the stored one: someone else may have recorded an objection since. */
	void requireVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("该公示已被他人修改（您看到的是第 " + seen + " 版，现为第 " + version + " 版），请刷新后再操作");
		}
	}

	void requireRunning(String action) {
		if (!running()) {
			throw new ConflictException("公示已于 " + closedOn + " 结束（" + outcome.label() + "），不能" + action);
		}
	}

	/** An objection is received during the period, and not in the future. */
	void acceptObjection(LocalDate receivedOn, LocalDate today) {
		requireRunning("登记异议");
		if (receivedOn == null) {
			throw new InvalidInputException("请填写收到异议的日期");
		}
		if (receivedOn.isAfter(today)) {
			throw new InvalidInputException("收到异议的日期 " + receivedOn + " 晚于今天 " + today);
		}
		if (!period.contains(receivedOn)) {
			throw new InvalidInputException("收到异议的日期 " + receivedOn + " 不在公示期 " + period.start() + " 至 "
					+ period.end() + " 内");
		}
	}

	/**
	 * Closes after the last day, once every objection is answered; a 公示 that does not pass says why.
	 * {@code unanswered} are the objections without an answer, named in the refusal.
	 */
	void close(NoticeOutcome result, String note, List<Objection> unanswered, LocalDate today) {
		requireRunning("结束公示");
		if (!today.isAfter(period.end())) {
			throw new ConflictException("公示期到 " + period.end() + " 为止，期满后才能结束公示");
		}
		if (!unanswered.isEmpty()) {
			throw new ConflictException("还有 " + unanswered.size() + " 条异议未答复（"
					+ unanswered.stream().map(Objection::label).collect(Collectors.joining("、"))
					+ "），答复后才能结束公示");
		}
		if (result == null) {
			throw new InvalidInputException("请选择公示结果");
		}
		String text = note == null ? "" : note.strip();
		if (result == NoticeOutcome.OVERTURNED && text.isEmpty()) {
			throw new InvalidInputException("公示未通过时须写明理由");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("公示结论说明不能超过 2000 字");
		}
		outcome = result;
		closingNote = text.isEmpty() ? null : text;
		closedOn = today;
	}

	public boolean running() {
		return outcome == null;
	}

	public long id() { return id; }

	public Subject subject() { return subject; }

	public String regionCode() { return regionCode; }

	public NoticePeriod period() { return period; }

	/** The number of the announcing document; empty only for a 公示 recorded before announcements were numbered. */
	public String docNumber() { return docNumber; }

	public int version() { return version; }

	public NoticeOutcome outcome() { return outcome; }

	public String closingNote() { return closingNote; }

	public LocalDate closedOn() { return closedOn; }
}

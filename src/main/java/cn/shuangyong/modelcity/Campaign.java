package cn.shuangyong.modelcity;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;

/**
 * One city's or county's campaign for the title in a four-year round. Every move checks the stage it starts from, so
 * steps cannot be skipped or repeated: a refused move throws with a Chinese reason and changes nothing.
 */
public final class Campaign {

	private final long id;

	private final int cycleYear;

	private final String regionCode;

	private final String regionName;

	private final long candidateUnitId;

	private final long reviewerUnitId;

	private final long standardId;

	private final int version;

	private CampaignStage stage;

	private LocalDate noticeStart;

	private LocalDate noticeEnd;

	private String closingNote;

	private String namingDocNo;

	private LocalDate namedOn;

	private LocalDate withdrawnOn;

	private String withdrawalGrounds;

	private String withdrawalDocNo;

	Campaign(long id, int cycleYear, String regionCode, String regionName, long candidateUnitId, long reviewerUnitId,
			long standardId, int version, CampaignStage stage) {
		this.id = id;
		this.cycleYear = cycleYear;
		this.regionCode = regionCode;
		this.regionName = regionName;
		this.candidateUnitId = candidateUnitId;
		this.reviewerUnitId = reviewerUnitId;
		this.standardId = standardId;
		this.version = version;
		this.stage = stage;
	}

	/** Restores the dates and texts of the later stages, as stored. */
	Campaign restore(LocalDate noticeStart, LocalDate noticeEnd, String closingNote, String namingDocNo,
			LocalDate namedOn, LocalDate withdrawnOn, String withdrawalGrounds, String withdrawalDocNo) {
		this.noticeStart = noticeStart;
		this.noticeEnd = noticeEnd;
		this.closingNote = closingNote;
		this.namingDocNo = namingDocNo;
		this.namedOn = namedOn;
		this.withdrawnOn = withdrawnOn;
		this.withdrawalGrounds = withdrawalGrounds;
		this.withdrawalDocNo = withdrawalDocNo;
		return this;
	}

	/** Self scores and evidence may be changed only while self-assessing. */
	void requireSelfAssessing(String action) {
		require(CampaignStage.SELF_ASSESSMENT, action);
	}

	/** 提交自评: every indicator needs a self score and evidence; the campaign then goes to the higher office. */
	void submitSelfAssessment(List<String> gaps) {
		require(CampaignStage.SELF_ASSESSMENT, "提交自评");
		if (!gaps.isEmpty()) {
			throw new InvalidInputException(gaps);
		}
		stage = CampaignStage.UNDER_REVIEW;
	}

	/** Review scores, comments, site visits and veto findings belong to the review. */
	void requireUnderReview(String action) {
		require(CampaignStage.UNDER_REVIEW, action);
	}

	/**
	 * 公示 starts once every indicator has a review score and a site visit is on record; a candidate caught by a veto
	 * item does not go to 公示.
	 */
	void openNotice(LocalDate start, LocalDate end, List<String> reviewGaps, boolean vetoed) {
		require(CampaignStage.UNDER_REVIEW, "开始公示");
		if (vetoed) {
			throw new ConflictException(regionName + "已触发一票否决项，不能进入公示");
		}
		if (start == null || end == null) {
			throw new InvalidInputException("请填写公示的开始和结束日期");
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("公示结束日期 " + end + " 早于开始日期 " + start);
		}
		if (!reviewGaps.isEmpty()) {
			throw new InvalidInputException(reviewGaps);
		}
		noticeStart = start;
		noticeEnd = end;
		stage = CampaignStage.PUBLIC_NOTICE;
	}

	void requireNoticeRunning(String action) {
		require(CampaignStage.PUBLIC_NOTICE, action);
	}

	/**
	 * 公示 closes recommended, or not recommended with the reason. That its last day has passed and every objection is
	 * answered is the shared 公示's rule ({@code documents.publicnotice}), checked in the same transaction.
	 */
	void closeNotice(boolean recommend, String note) {
		require(CampaignStage.PUBLIC_NOTICE, "结束公示");
		String text = note == null ? "" : note.strip();
		if (!recommend && text.isEmpty()) {
			throw new InvalidInputException("不予推荐时须写明理由");
		}
		closingNote = text.isEmpty() ? null : text;
		stage = recommend ? CampaignStage.RECOMMENDED : CampaignStage.NOT_RECOMMENDED;
	}

	/** 命名 by the naming document, dated no later than today and not before the 公示 ended. */
	void name(DocNumber docNumber, LocalDate on, LocalDate today) {
		require(CampaignStage.RECOMMENDED, "命名");
		if (on == null) {
			throw new InvalidInputException("请填写命名文件的成文日期");
		}
		if (on.isAfter(today)) {
			throw new InvalidInputException("命名日期 " + on + " 晚于今天 " + today);
		}
		if (noticeEnd != null && !on.isAfter(noticeEnd)) {
			throw new InvalidInputException("命名日期 " + on + " 须在公示期结束（" + noticeEnd + "）之后");
		}
		namingDocNo = docNumber.value();
		namedOn = on;
		stage = CampaignStage.NAMED;
	}

	/** 复查 applies to a named city or county only, for a year from its naming up to the current one. */
	void checkYear(int year, LocalDate today) {
		require(CampaignStage.NAMED, "登记年度复查");
		if (year < namedOn.getYear() || year > today.getYear()) {
			throw new InvalidInputException("复查年度须在命名年度 " + namedOn.getYear() + " 至今年 " + today.getYear() + " 之间");
		}
	}

	/** 撤销命名 (动态管理, 2019 办法 Art. 6): only a named title, and only with written grounds. */
	void withdraw(String grounds, String docNumber, LocalDate on, LocalDate today) {
		require(CampaignStage.NAMED, "撤销命名");
		String text = grounds == null ? "" : grounds.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("撤销命名须写明依据和理由");
		}
		if (text.length() > 2000) {
			throw new InvalidInputException("撤销理由不能超过 2000 字");
		}
		if (on == null || on.isAfter(today) || on.isBefore(namedOn)) {
			throw new InvalidInputException("撤销日期须在命名日期 " + namedOn + " 与今天 " + today + " 之间");
		}
		withdrawalGrounds = text;
		withdrawalDocNo = docNumber == null || docNumber.isBlank() ? null : DocNumber.parse(docNumber, "撤销文件字号").value();
		withdrawnOn = on;
		stage = CampaignStage.WITHDRAWN;
	}

	/**
	 * Refuses a change from a page or a client that saw another version of the campaign than the one stored: someone
	 * changed it meanwhile. The store then writes only at that version, so of two changes at once one wins.
	 */
	void requireSeen(Integer seen, String action) {
		if (seen == null) {
			throw new InvalidInputException("缺少考评的版本号（version）：请刷新页面后再" + action);
		}
		if (seen != version) {
			throw new ConflictException(regionName + "的考评在您打开后已被他人修改（现处于“" + stage.label()
					+ "”阶段），本次未能" + action + "，未做任何更改；请刷新页面，看过最新内容后再操作");
		}
	}

	private void require(CampaignStage expected, String action) {
		if (stage != expected) {
			throw new ConflictException(regionName + "当前处于“" + stage.label() + "”阶段，不能" + action + "：" + hint(expected));
		}
	}

	private String hint(CampaignStage expected) {
		if (stage.ordinal() > expected.ordinal() || stage == CampaignStage.NOT_RECOMMENDED) {
			return "该步骤已经过去";
		}
		return switch (expected) {
			case SELF_ASSESSMENT -> "自评已经提交";
			case UNDER_REVIEW -> "须先由" + regionName + "提交自评";
			case PUBLIC_NOTICE -> "须先完成审核并开始公示";
			case RECOMMENDED -> "须先结束公示并推荐";
			case NAMED -> "须先命名";
			default -> "步骤不对";
		};
	}

	public long id() { return id; }

	public int cycleYear() { return cycleYear; }

	public String regionCode() { return regionCode; }

	public String regionName() { return regionName; }

	public long candidateUnitId() { return candidateUnitId; }

	public long reviewerUnitId() { return reviewerUnitId; }

	public long standardId() { return standardId; }

	public int version() { return version; }

	public CampaignStage stage() { return stage; }

	public LocalDate noticeStart() { return noticeStart; }

	public LocalDate noticeEnd() { return noticeEnd; }

	public String closingNote() { return closingNote; }

	public String namingDocNo() { return namingDocNo; }

	public LocalDate namedOn() { return namedOn; }

	public LocalDate withdrawnOn() { return withdrawnOn; }

	public String withdrawalGrounds() { return withdrawalGrounds; }

	public String withdrawalDocNo() { return withdrawalDocNo; }
}

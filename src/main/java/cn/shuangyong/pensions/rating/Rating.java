package cn.shuangyong.pensions.rating;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.shuangyong.pensions.Entitlement;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A disability rating (评定、调整残疾等级) on its way through the chain. Each move checks the step it starts from and
 * the version the caller saw, and answers the rating as it stands after it; the service opens the next step's task
 * and the store writes. The person is named as the application named them ({@code personName}, the masked ID).
 */
public record Rating(long id, long personId, String personName, String personIdMasked, String regionCode,
		String countyCode, RatingApplication application, RatingStep step, LocalDate stepDue, Long taskId,
		MedicalOpinion opinion, Long noticeId, LocalDate reportedOn, LocalDate reviewedOn, Approval approval,
		String refusedReason, int version) {

	/** The provincial approval: the certificate number, the day and the first month paid at the new grade. */
	public record Approval(String certificateNumber, LocalDate approvedOn, YearMonth firstMonth) {
	}

	public Rating requireVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("该评残记录已被他人更新，请刷新后再操作");
		}
		return this;
	}

	/** 县级受理审查: the materials are complete. */
	public Rating accept() {
		return to(RatingStep.APPLIED, RatingStep.ACCEPTED, "受理");
	}

	/** 医学鉴定: the grade the opinion proposes must be one the rules allow for the nature. */
	public Rating assess(MedicalOpinion opinion) {
		require(RatingStep.ACCEPTED, "录入鉴定意见");
		RatingRules.checkGrade(opinion.grade(), application.nature(), application.conscriptOrJunior(), "鉴定的残疾等级");
		if (opinion.on().isBefore(application.appliedOn())) {
			throw new InvalidInputException("鉴定日期 " + opinion.on() + " 早于申请日期 " + application.appliedOn());
		}
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application,
				RatingStep.ASSESSED, null, null, opinion, noticeId, reportedOn, reviewedOn, approval, refusedReason,
				version);
	}

	/** The 公示 of the proposed grade is open. */
	public Rating noticeOpened(long notice) {
		require(RatingStep.ASSESSED, "公示");
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application,
				RatingStep.NOTICE, null, null, opinion, notice, reportedOn, reviewedOn, approval, refusedReason,
				version);
	}

	/**
	 * The 公示 closed: confirmed, the county reports; overturned (an objection upheld), the county obtains a new
	 * medical opinion.
	 */
	public Rating noticeClosed(boolean confirmed) {
		require(RatingStep.NOTICE, "结束公示");
		return confirmed ? to(RatingStep.NOTICE, RatingStep.NOTICED, "结束公示")
				: new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application,
						RatingStep.ACCEPTED, null, null, null, noticeId, reportedOn, reviewedOn, approval, refusedReason,
						version);
	}

	/** 县级上报 with the 审批表. */
	public Rating report(LocalDate on) {
		Rating r = to(RatingStep.NOTICED, RatingStep.REPORTED, "上报");
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application, r.step, null,
				null, opinion, noticeId, on, reviewedOn, approval, refusedReason, version);
	}

	/** 市级审核 agreed. */
	public Rating review(LocalDate on) {
		Rating r = to(RatingStep.REPORTED, RatingStep.REVIEWED, "审核");
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application, r.step, null,
				null, opinion, noticeId, reportedOn, on, approval, refusedReason, version);
	}

	/** 省级审批: the certificate number is given, and the pension at the new grade starts by {@link RatingRules}. */
	public Rating approve(String certificateNumber, LocalDate on) {
		require(RatingStep.REVIEWED, "审批");
		java.util.List<String> problems = new java.util.ArrayList<>();
		String number = FreeText.required(certificateNumber, "残疾军人证号（certificateNumber）", 40, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		RatingRules.checkGrade(opinion.grade(), application.nature(), application.conscriptOrJunior(), "评定的残疾等级");
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application,
				RatingStep.APPROVED, null, null, opinion, noticeId, reportedOn, reviewedOn,
				new Approval(number, on, RatingRules.firstMonth(on)), refusedReason, version);
	}

	/** Refused at the step it stands at, by the unit that acts on it, with the reason. */
	public Rating refuse(String reason) {
		if (!step.open()) {
			throw new ConflictException("该评残已" + step.chinese() + "，不能再作不予评定");
		}
		if (step == RatingStep.NOTICE) {
			throw new ConflictException("公示期间不能作不予评定：请先结束公示");
		}
		java.util.List<String> problems = new java.util.ArrayList<>();
		String text = FreeText.required(reason, "不予评定的理由（reason）", 500, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application,
				RatingStep.REFUSED, null, null, opinion, noticeId, reportedOn, reviewedOn, approval, text, version);
	}

	/** What the approved rating pays for: the grade rated and the nature applied for. */
	public Entitlement entitlement() {
		return Entitlement.disability(opinion.grade(), application.nature());
	}

	/** The prefecture's region code, which reviews this county's ratings. */
	public String prefectureCode() {
		return cn.shuangyong.shared.RegionLevel.PREFECTURE.regionOf(countyCode);
	}

	private Rating to(RatingStep from, RatingStep next, String what) {
		require(from, what);
		return new Rating(id, personId, personName, personIdMasked, regionCode, countyCode, application, next, null,
				null, opinion, noticeId, reportedOn, reviewedOn, approval, refusedReason, version);
	}

	private void require(RatingStep from, String what) {
		if (step != from) {
			throw new ConflictException("该评残现为“" + step.chinese() + "”，不能" + what);
		}
	}
}

package cn.shuangyong.cases;

import java.time.LocalDate;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/**
 * A grievance case and the moves of its life, each checking its own preconditions and giving the case as it is
 * after the move; the store writes it, compared on its version. Personal data is here only masked.
 */
public record GrievanceCase(long id, String regionCode, long officeUnitId, CaseSource source, String categoryCode,
		String summary, String personName, String idMasked, String phoneMasked, LocalDate receivedOn,
		LocalDate acceptBy, LocalDate acceptedOn, LocalDate answerBy, LocalDate extendedTo, String extensionReason,
		Long handlingUnitId, Long taskId, String leaderName, boolean tough, CaseState state, String resolution,
		LocalDate resolvedOn, Satisfaction satisfaction, boolean reopened, String closureReview, LocalDate closedOn,
		Long repeatOf, Long registryPersonId, int version) {

	/** Accepted on that day and assigned to its handling unit, which then has the answer limit. */
	public GrievanceCase accept(long handlingUnit, LocalDate on, CaseTimeLimits limits) {
		state.requireMove(CaseState.ACCEPTED, "受理");
		if (on.isBefore(receivedOn)) {
			throw new InvalidInputException("受理日期：不能早于登记日期（" + receivedOn + "）");
		}
		if (handlingUnit == officeUnitId) {
			throw new InvalidInputException("承办单位：不能是交办单位自己，满意度回访须由交办单位进行");
		}
		return with(CaseState.ACCEPTED, on, limits.answerBy(on), extendedTo, extensionReason, handlingUnit, resolution,
				resolvedOn, satisfaction, reopened, closureReview, closedOn);
	}

	/** 不予受理, with the reason told to the person. */
	public GrievanceCase refuse(String reason, LocalDate on) {
		state.requireMove(CaseState.REFUSED, "不予受理");
		String why = required(reason, "不予受理的理由", 2000);
		if (on.isBefore(receivedOn)) {
			throw new InvalidInputException("日期：不能早于登记日期（" + receivedOn + "）");
		}
		return with(CaseState.REFUSED, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId, resolution,
				resolvedOn, satisfaction, reopened, why, on);
	}

	/** The one extension a case may have, up to the settings' most days past its answer limit, with a reason. */
	public GrievanceCase extend(LocalDate to, String reason, CaseTimeLimits limits) {
		if (state != CaseState.ACCEPTED) {
			throw new ConflictException("案件状态：本案当前为“" + state.label() + "”，只有办理中的案件可以延期");
		}
		if (extendedTo != null) {
			throw new InvalidInputException("延期：本案已于办理期限内延期一次（至 " + extendedTo + "），不能再次延期");
		}
		String why = required(reason, "延期理由", 500);
		if (to == null || !to.isAfter(answerBy) || to.isAfter(limits.latestExtension(answerBy))) {
			throw new InvalidInputException("延长至：须晚于办理期限（" + answerBy + "），且不超过 " + limits.maxExtensionDays()
					+ " 天（至迟 " + limits.latestExtension(answerBy) + "）");
		}
		return with(state, acceptedOn, answerBy, to, why, handlingUnitId, resolution, resolvedOn, satisfaction, reopened,
				closureReview, closedOn);
	}

	/** The handling unit's answer: what was done for the person. */
	public GrievanceCase resolve(String text, LocalDate on) {
		state.requireMove(CaseState.RESOLVED, "办结");
		String done = required(text, "办理结果", 4000);
		if (on.isBefore(acceptedOn)) {
			throw new InvalidInputException("办结日期：不能早于受理日期（" + acceptedOn + "）");
		}
		return with(CaseState.RESOLVED, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId, done, on,
				satisfaction, reopened, closureReview, closedOn);
	}

	/**
	 * The managing unit's call-back and review: 满意 or 基本满意 closes the case; the first 不满意 reopens it for the higher
	 * office's review; a second closes it with the review, as 信访 ends after one review.
	 */
	public GrievanceCase close(Satisfaction said, String review, LocalDate on) {
		if (state != CaseState.RESOLVED) {
			throw new ConflictException("案件状态：本案当前为“" + state.label() + "”，不能回访结案；"
					+ (state == CaseState.REOPENED ? "须由上级双拥办复查" : "须先由承办单位办结"));
		}
		if (said == null) {
			throw new InvalidInputException("满意度：请选择满意、基本满意或不满意");
		}
		String text = required(review, "结案审核意见", 2000);
		if (on.isBefore(resolvedOn)) {
			throw new InvalidInputException("结案日期：不能早于办结日期（" + resolvedOn + "）");
		}
		if (said == Satisfaction.UNSATISFIED && !reopened) {
			return with(CaseState.REOPENED, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId, resolution,
					resolvedOn, said, true, text, null);
		}
		return with(CaseState.CLOSED, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId, resolution,
				resolvedOn, said, reopened, text, on);
	}

	/** The higher office's review of a reopened case closes it. */
	public GrievanceCase review(String conclusion, LocalDate on) {
		if (state != CaseState.REOPENED) {
			throw new ConflictException("案件状态：本案当前为“" + state.label() + "”，只有回访不满意的案件由上级复查");
		}
		String text = required(conclusion, "复查意见", 2000);
		return with(CaseState.CLOSED, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId, resolution,
				resolvedOn, satisfaction, reopened, closureReview + "\n复查：" + text, on);
	}

	/** A 攻坚 case is led by a named leader (包案领导). */
	public GrievanceCase ledBy(String leader) {
		if (!state.open()) {
			throw new ConflictException("案件状态：本案当前为“" + state.label() + "”，不能再指定包案领导");
		}
		String name = required(leader, "包案领导", 50);
		return new GrievanceCase(id, regionCode, officeUnitId, source, categoryCode, summary, personName, idMasked,
				phoneMasked, receivedOn, acceptBy, acceptedOn, answerBy, extendedTo, extensionReason, handlingUnitId,
				taskId, name, true, state, resolution, resolvedOn, satisfaction, reopened, closureReview, closedOn,
				repeatOf, registryPersonId, version);
	}

	/** The day the case must next be acted on: accepted by, then answered by (as extended); none once answered. */
	public LocalDate currentLimit() {
		return switch (state) {
			case RECEIVED -> acceptBy;
			case ACCEPTED -> extendedTo != null ? extendedTo : answerBy;
			default -> null;
		};
	}

	public boolean overdueOn(LocalDate today) {
		LocalDate limit = currentLimit();
		return limit != null && today.isAfter(limit);
	}

	/** Days since the case was received. */
	public long ageOn(LocalDate today) {
		return java.time.temporal.ChronoUnit.DAYS.between(receivedOn, today);
	}

	/** Still open (not repeat-linked) and older than the limits allow: on the leaders' red list of old cases. */
	public boolean oldOn(LocalDate today, CaseTimeLimits limits) {
		return state.open() && repeatOf == null && receivedOn.isBefore(limits.oldIfReceivedBefore(today));
	}

	/**
	 * A 攻坚 case being handled owes a progress report every month, counted from its acceptance or its last report;
	 * the day the next one is due, or null when none is owed.
	 */
	public LocalDate reportDue(LocalDate lastReport) {
		if (!tough || state != CaseState.ACCEPTED || acceptedOn == null) {
			return null;
		}
		LocalDate from = lastReport != null && lastReport.isAfter(acceptedOn) ? lastReport : acceptedOn;
		return from.plusMonths(1);
	}

	/** Answered within its limit (as extended); null while not answered. */
	public Boolean answeredOnTime() {
		if (resolvedOn == null) {
			return null;
		}
		return !resolvedOn.isAfter(extendedTo != null ? extendedTo : answerBy);
	}

	private static String required(String text, String what, int max) {
		if (!FreeText.fits(text, max)) {
			throw new InvalidInputException(what + "：请填写，不超过 " + max + " 字");
		}
		return FreeText.clean(text);
	}

	private GrievanceCase with(CaseState newState, LocalDate accepted, LocalDate answer, LocalDate extended,
			String extensionWhy, Long handling, String result, LocalDate resolved, Satisfaction said, boolean again,
			String review, LocalDate closed) {
		return new GrievanceCase(id, regionCode, officeUnitId, source, categoryCode, summary, personName, idMasked,
				phoneMasked, receivedOn, acceptBy, accepted, answer, extended, extensionWhy, handling, taskId, leaderName,
				tough, newState, result, resolved, said, again, review, closed, repeatOf, registryPersonId, version);
	}
}

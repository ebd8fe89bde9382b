package cn.shuangyong.supervision.urging;

import java.util.Optional;

/** The steps a task goes through once each: a reminder before the deadline, then the three notices after it. */
enum EscalationStep {

	REMINDER(null), TI_XING(NoticeKind.TI_XING), CUI_BAN(NoticeKind.CUI_BAN), DU_BAN(NoticeKind.DU_BAN);

	private final NoticeKind notice;

	EscalationStep(NoticeKind notice) {
		this.notice = notice;
	}

	Optional<NoticeKind> notice() {
		return Optional.ofNullable(notice);
	}

	static EscalationStep of(NoticeKind kind) {
		return valueOf(kind.name());
	}

	/** Working days after the deadline at which this step is due. */
	int delay(EscalationSettings settings) {
		return switch (this) {
			case REMINDER -> -settings.remindDaysBefore();
			case TI_XING -> settings.tiXingAfter();
			case CUI_BAN -> settings.cuiBanAfter();
			case DU_BAN -> settings.duBanAfter();
		};
	}
}

package cn.shuangyong.supervision.urging;

/** The notices an office issues on an overdue task, in rising weight: 提醒, then 催办, then 督办. */
public enum NoticeKind {

	TI_XING("提醒"), CUI_BAN("催办"), DU_BAN("督办");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String messageKey() {
		return "urging.kind." + name();
	}
}

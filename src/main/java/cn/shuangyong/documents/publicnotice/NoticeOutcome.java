package cn.shuangyong.documents.publicnotice;

/** How a 公示 ended: the subject stands as announced, or it does not (the reason is then written down). */
public enum NoticeOutcome {

	CONFIRMED("公示通过"), OVERTURNED("公示未通过");

	private final String label;

	NoticeOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package cn.shuangyong.beneficiaries.visits;

/** The two distribution rosters: 慰问金 and 慰问品, each signed by the person who receives. */
public enum RosterKind {
	MONEY("慰问金发放花名册", "慰问金（元）"), GOODS("慰问品发放花名册", "慰问品");

	private final String title;

	private final String column;

	RosterKind(String title, String column) {
		this.title = title;
		this.column = column;
	}

	public String title() {
		return title;
	}

	public String column() {
		return column;
	}
}

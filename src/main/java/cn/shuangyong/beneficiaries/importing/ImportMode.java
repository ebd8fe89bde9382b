package cn.shuangyong.beneficiaries.importing;

/** What an import does with a file that has bad rows; the person importing chooses. */
public enum ImportMode {

	/** The default: any bad row and nothing is imported, so a file goes in whole or not at all. */
	ALL_OR_NOTHING("全部无误才导入"),

	/** The rows without problems are imported; the others are listed in the report. */
	VALID_ROWS("只导入无误的行");

	private final String label;

	ImportMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}

package cn.shuangyong.beneficiaries.importing;

/** The file formats an import reads, each recognised by its content and by its name's extension, which must agree. */
public enum ImportFormat {

	XLSX(".xlsx", "Excel 工作簿（.xlsx）"), XLS(".xls", "Excel 97-2003 工作簿（.xls）"), CSV(".csv", "CSV 文本（.csv）");

	private final String extension;

	private final String label;

	ImportFormat(String extension, String label) {
		this.extension = extension;
		this.label = label;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	/** The format a file name's extension promises, or null when it names none of these. */
	static ImportFormat ofFileName(String name) {
		String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).strip();
		for (ImportFormat format : values()) {
			if (lower.endsWith(format.extension)) {
				return format;
			}
		}
		return null;
	}
}

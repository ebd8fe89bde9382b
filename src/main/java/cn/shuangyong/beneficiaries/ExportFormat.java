package cn.shuangyong.beneficiaries;

import java.util.Locale;

import cn.shuangyong.shared.InvalidInputException;

/** The file types people data can be exported in. */
public enum ExportFormat {

	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	CSV("text/csv;charset=UTF-8", "csv");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public static ExportFormat named(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("导出格式只能是 xlsx 或 csv");
		}
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}
}

package cn.shuangyong.documents.reading;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a document publishes something of its own (印发) or passes a higher office's document on (转发). */
public enum DocumentKind {

	ISSUE("issue"), FORWARD("forward");

	private final String code;

	DocumentKind(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}
}

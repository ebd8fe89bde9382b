package cn.shuangyong.documents.reading;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an item's leads share the work, read from the grammar: one lead phrase; several units before one 牵头 (a joint
 * lead, one shared task); or 分别牵头 (each lead has its own line of work and its own task).
 */
public enum LeadMode {

	SINGLE("single"), JOINT("joint"), EACH("each");

	private final String code;

	LeadMode(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}
}

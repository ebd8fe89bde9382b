package cn.shuangyong.documents.reading;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the notice asks of the cooperating units: 配合 (help the lead) or 参加 (take part). */
public enum CooperatorRole {

	COOPERATE("配合"), TAKE_PART("参加");

	private final String word;

	CooperatorRole(String word) {
		this.word = word;
	}

	@JsonValue
	public String word() {
		return word;
	}
}

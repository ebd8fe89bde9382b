package cn.shuangyong.cases;

import java.time.OffsetDateTime;

/** One thing done on a case, as its timeline shows it. */
public record CaseStep(OffsetDateTime at, String actor, String kind, String text) {

	public String messageKey() {
		return "cases.step." + kind;
	}
}

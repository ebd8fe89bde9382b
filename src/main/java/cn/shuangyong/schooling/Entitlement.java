package cn.shuangyong.schooling;

import java.time.LocalDate;

/**
 * What a rule gives a child, with where it comes from; {@code verified} is false for a rule entered without a source
 * the platform could check.
 */
public record Entitlement(String code, String source, String article, boolean verified, LocalDate validFrom) {

	public String messageKey() {
		return "schooling.entitlement." + code;
	}
}

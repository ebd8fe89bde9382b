package cn.shuangyong.beneficiaries;

import java.time.LocalDate;

/**
 * A category of 优抚对象 as one set of 《军人抚恤优待条例》 defines it, in force from one date until another (open when
 * still in force). A category of an older set names its successor in the set that replaced it.
 */
public record Category(String code, String label, LocalDate inForceFrom, LocalDate inForceUntil, int position,
		String successor) {

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
	}
}

package cn.shuangyong.pensions.accounts;

import java.time.YearMonth;

import cn.shuangyong.pensions.Entitlement;

/** A person's pension of one kind, paid by a county from a month, resting on a decision ({@code basis}). */
public record PensionAccount(long id, long personId, String regionCode, String countyCode, Entitlement entitlement,
		YearMonth firstMonth, YearMonth lastMonth, YearMonth settledThrough, String basis, int version) {
}

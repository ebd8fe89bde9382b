package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;

/**
 * One line of a roll: whose account (the person's masked ID number), what for, the month's regular amount, back pay,
 * what was taken back and what is still owed; {@code missing} names months no standard covers yet.
 */
public record RollLine(long accountId, long personId, String person, String entitlement, BigDecimal regular,
		BigDecimal arrears, BigDecimal recovered, BigDecimal stillOwed, String missing) {

	public BigDecimal total() {
		return regular.add(arrears).subtract(recovered);
	}
}

package cn.shuangyong.pensions.rolls;

import java.math.BigDecimal;

/** The sums of all the lines of a roll: {@code total = regular + arrears − recovered}. */
public record RollTotals(BigDecimal regular, BigDecimal arrears, BigDecimal recovered, BigDecimal total, long lines) {
}

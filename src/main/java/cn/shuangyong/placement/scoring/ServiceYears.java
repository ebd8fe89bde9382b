package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * Years of service as the 2018 暂行办法 counts them: from the 兵役机关's approval to the discharge order; a part-year of
 * under 6 months counts as half a year, of 6 months or more as a whole year.
 */
public final class ServiceYears {

	private ServiceYears() {
	}

	public static BigDecimal counted(LocalDate enlisted, LocalDate discharged) {
		if (enlisted == null || discharged == null || !discharged.isAfter(enlisted)) {
			throw new IllegalArgumentException("入伍日期应早于退役日期");
		}
		Period served = Period.between(enlisted, discharged);
		BigDecimal years = BigDecimal.valueOf(served.getYears());
		if (served.getMonths() >= 6) {
			return years.add(BigDecimal.ONE);
		}
		if (served.getMonths() > 0 || served.getDays() > 0) {
			return years.add(new BigDecimal("0.5"));
		}
		return years;
	}
}

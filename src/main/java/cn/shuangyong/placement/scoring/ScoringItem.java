package cn.shuangyong.placement.scoring;

import java.math.BigDecimal;

/**
 * One item of a scoring method: points per unit, or none yet ({@link ItemBasis#TO_BE_SET}). {@code capYears} bounds
 * the first tier of years of service (12 years in the 2018 method); the years beyond it score at the beyond-item.
 */
public record ScoringItem(String code, String label, ItemUnit unit, BigDecimal points, ItemBasis basis, Integer capYears,
		String note) {

	public ScoringItem {
		if ((basis == ItemBasis.TO_BE_SET) != (points == null)) {
			throw new IllegalArgumentException("评分项 " + code + " 的分值与来源不一致");
		}
	}

	public boolean settled() {
		return points != null;
	}
}

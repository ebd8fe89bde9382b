package cn.shuangyong.activities;

import java.math.BigDecimal;

/** Activities of one kind in one month: how many, how many people took part, and the value given. */
public record ActivityFigure(String kind, String month, int activities, int participants, BigDecimal giftValue) {
}

package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.shuangyong.placement.rules.Education;
import cn.shuangyong.placement.rules.Sex;

/** A soldier of a round as stored, with eligibility, score, rank, place in the call and what they chose. */
public record Soldier(long id, long roundId, SoldierName name, LocalDate born, LocalDate enlisted, LocalDate discharged,
		String ground, String statute, String article, String honour, BigDecimal score, Integer rank,
		Integer callPosition, SoldierState state, Long postId, String proxyName, boolean demo, int version,
		Education education, Sex sex) {
}

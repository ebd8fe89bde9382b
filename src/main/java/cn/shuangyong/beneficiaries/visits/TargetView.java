package cn.shuangyong.beneficiaries.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person on a campaign's list, with the ID number masked, and the visit if one was recorded. */
public record TargetView(long id, long personId, String name, String idMasked, List<String> categories,
		String regionCode, Long stationUnitId, boolean visited, LocalDate visitedOn, String visitors, BigDecimal money,
		String goods) {
}

package cn.shuangyong.duallist;

import java.time.LocalDate;

/** One office's double list for a year. */
public record DualList(long id, String regionCode, ListLevel level, int year, long officeUnitId, String officeName,
		ListStage stage, LocalDate publishedOn, int version) {
}

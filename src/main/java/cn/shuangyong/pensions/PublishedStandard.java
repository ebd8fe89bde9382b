package cn.shuangyong.pensions;

import java.time.LocalDate;

/** One published standard, as the history lists it: null {@code publishedOn} when its source gives no date. */
public record PublishedStandard(long id, StandardLayer layer, String regionCode, LocalDate effectiveOn,
		LocalDate publishedOn, String title, String source, String publishedBy, int rates) {
}

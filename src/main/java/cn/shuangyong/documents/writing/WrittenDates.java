package cn.shuangyong.documents.writing;

import java.time.LocalDate;

/** Dates as official documents write them. */
public final class WrittenDates {

	private WrittenDates() {
	}

	/** 成文日期 in Arabic figures with year, month and day in full, no leading zeros (GB/T 9704-2012, 7.3.5.4). */
	public static String of(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}
}

package cn.shuangyong.documents.publicnotice;

import java.time.LocalDate;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.InvalidInputException;

/**
 * The days a 公示 runs, first and last included, and the working days among them as the platform's calendar counts
 * them (holidays and 调休 included): 5 working days from Tuesday 2020-09-08 end on Monday 2020-09-14.
 */
public record NoticePeriod(LocalDate start, LocalDate end, int workingDays) {

	public NoticePeriod {
		if (start == null || end == null) {
			throw new InvalidInputException("请填写公示的开始和结束日期");
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("公示结束日期 " + end + " 早于开始日期 " + start);
		}
		if (workingDays < 1) {
			throw new InvalidInputException("公示期 " + start + " 至 " + end + " 内没有工作日");
		}
	}

	/** A period of so many working days from its first day; a first day off does not count. */
	public static NoticePeriod of(LocalDate start, int workingDays, WorkingDayCalendar calendar) {
		if (start == null) {
			throw new InvalidInputException("请填写公示的开始日期");
		}
		if (workingDays < 1) {
			throw new InvalidInputException("公示期须至少 1 个工作日，填写的是 " + workingDays);
		}
		return new NoticePeriod(start, calendar.addWorkingDays(start.minusDays(1), workingDays), workingDays);
	}

	/** A period given by its first and last day, with the working days the calendar finds between them. */
	public static NoticePeriod between(LocalDate start, LocalDate end, WorkingDayCalendar calendar) {
		if (start == null || end == null) {
			throw new InvalidInputException("请填写公示的开始和结束日期");
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("公示结束日期 " + end + " 早于开始日期 " + start);
		}
		return new NoticePeriod(start, end, calendar.workingDaysBetween(start.minusDays(1), end));
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

	@Override
	public String toString() {
		return start + " 至 " + end + "（" + workingDays + " 个工作日）";
	}
}

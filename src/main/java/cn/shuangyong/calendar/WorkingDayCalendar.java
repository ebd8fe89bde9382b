package cn.shuangyong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which days are working days in China: Monday to Friday, except the public holidays, plus the weekend days that a
 * State Council notice (国务院办公厅关于…部分节假日安排的通知) makes working days (调休上班).
 * <p>
 * The holidays come from {@code calendar/holidays-cn.csv}; administrators' entries override it day by day. For a
 * year that no notice covers yet, only the week and the entries given apply. The platform's calendar is one live
 * instance: when administrators change their entries it takes them on at once ({@link #override}).
 */
public final class WorkingDayCalendar {

	// No official break comes close to a year: a longer run of days off means the entries are wrong.
	private static final int LONGEST_BREAK = 366;

	private final Map<LocalDate, HolidayEntry> base;

	private volatile Map<LocalDate, HolidayEntry> entries;

	/** A calendar of the week and the given entries only; two entries for one day are an error. */
	public WorkingDayCalendar(Collection<HolidayEntry> entries) {
		this.base = Map.copyOf(byDate(entries));
		this.entries = this.base;
	}

	/** The official calendar from {@code calendar/holidays-cn.csv}. */
	public static WorkingDayCalendar official() {
		return official(List.of());
	}

	/**
	 * The official calendar with extra entries, e.g. from the database; an extra entry replaces the file's entry
	 * for the same day.
	 */
	public static WorkingDayCalendar official(Collection<HolidayEntry> extra) {
		Map<LocalDate, HolidayEntry> merged = byDate(HolidayFile.official());
		merged.putAll(byDate(extra));
		return new WorkingDayCalendar(merged.values());
	}

	/** Replaces the administrators' entries: each replaces the base entry of its day; the others stay. */
	void override(Collection<HolidayEntry> extra) {
		Map<LocalDate, HolidayEntry> merged = new HashMap<>(base);
		merged.putAll(byDate(extra));
		this.entries = Map.copyOf(merged);
	}

	/** The entries of one year, ordered by day, with those the administrators added or changed. */
	public List<HolidayEntry> entriesIn(int year) {
		return entries.values().stream().filter(e -> e.date().getYear() == year)
				.sorted(java.util.Comparator.comparing(HolidayEntry::date)).toList();
	}

	/** The file's entry for a day, before any administrator's change. */
	public Optional<HolidayEntry> baseEntryOn(LocalDate date) {
		return Optional.ofNullable(base.get(date));
	}

	public boolean isWorkingDay(LocalDate date) {
		HolidayEntry entry = entries.get(date);
		if (entry != null) {
			return entry.isWorkingDay();
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The holiday or adjusted working day on that date, if the date is one. */
	public Optional<HolidayEntry> entryOn(LocalDate date) {
		return Optional.ofNullable(entries.get(date));
	}

	/** The last working day strictly before the date: 前夕 of a festival. */
	public LocalDate lastWorkingDayBefore(LocalDate date) {
		return step(date, -1);
	}

	/**
	 * The working day reached after counting {@code days} working days from {@code date}, not counting
	 * {@code date} itself: one working day after a Friday is the next Monday (unless that is a holiday). Negative
	 * counts go back; zero gives the date itself.
	 */
	public LocalDate addWorkingDays(LocalDate date, int days) {
		int direction = Integer.signum(days);
		LocalDate day = date;
		for (int i = 0; i < Math.abs(days); i++) {
			day = step(day, direction);
		}
		return day;
	}

	/**
	 * The working days passed going from {@code start} to {@code end}, counting the day arrived at and not the day
	 * left: those in (start, end] going forward, and minus those in [end, start) going back. So
	 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 */
	public int workingDaysBetween(LocalDate start, LocalDate end) {
		if (end.isBefore(start)) {
			return -count(end.minusDays(1), start.minusDays(1));
		}
		return count(start, end);
	}

	// Working days in (from, to].
	private int count(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private LocalDate step(LocalDate date, int direction) {
		LocalDate day = date;
		for (int i = 0; i < LONGEST_BREAK; i++) {
			day = day.plusDays(direction);
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw new IllegalStateException("no working day within " + LONGEST_BREAK + " days of " + date);
	}

	private static Map<LocalDate, HolidayEntry> byDate(Collection<HolidayEntry> entries) {
		Map<LocalDate, HolidayEntry> byDate = new HashMap<>();
		for (HolidayEntry entry : entries) {
			HolidayEntry earlier = byDate.put(entry.date(), entry);
			if (earlier != null) {
				throw new IllegalArgumentException("two entries for " + entry.date() + ": " + earlier + " and " + entry);
			}
		}
		return byDate;
	}
}

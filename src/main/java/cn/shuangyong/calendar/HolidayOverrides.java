package cn.shuangyong.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' holidays and adjusted working days, kept in the database on top of the shipped file: the next
 * year's State Council notice is entered (or uploaded in the file's own format) when it is published, and the live
 * calendar takes it on at once. Deadlines already set are not moved; the calendar counts working days from now on.
 */
@Service
public class HolidayOverrides {

	static final Permission PERMISSION = Permission.CALENDAR_MANAGE;

	private static final int MAX_NAME = 20;

	private final JdbcClient jdbc;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	HolidayOverrides(JdbcClient jdbc, WorkingDayCalendar calendar, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** The entries the administrators made, by day. */
	public List<Override> list() {
		return stored(jdbc);
	}

	static List<Override> stored(JdbcClient jdbc) {
		return jdbc.sql("select day, kind, name, note, changed_by, changed_at from calendar.holiday_entry order by day")
			.query((rs, n) -> new Override(new HolidayEntry(rs.getObject("day", LocalDate.class),
					HolidayEntry.Kind.valueOf(rs.getString("kind")), rs.getString("name")), rs.getString("note"),
					rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
			.list();
	}

	/** Adds or replaces the entry of one day. */
	@Transactional
	public void save(String day, String kind, String name, String note, CurrentUser by) {
		allowed(by);
		List<String> problems = new ArrayList<>();
		HolidayEntry entry = entry(day, kind, name, "", problems);
		if (note != null && note.length() > 300) {
			problems.add("备注不能超过300字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		write(entry, note, by);
		record(by, "HOLIDAY_SAVED", entry.date().toString(), entry.kind() + " " + entry.name());
		reload();
	}

	/** Removes an administrator's entry; the day goes back to the file's entry or to the week. */
	@Transactional
	public void remove(LocalDate day, CurrentUser by) {
		allowed(by);
		if (jdbc.sql("delete from calendar.holiday_entry where day = ?").param(day).update() == 0) {
			throw new NotFoundException("该日期没有管理员添加的节假日记录");
		}
		record(by, "HOLIDAY_REMOVED", day.toString(), null);
		reload();
	}

	/**
	 * Takes a file in the format of {@code holidays-cn.csv} ({@code 日期,类型,名称}; 类型 HOLIDAY/放假 or
	 * WORKDAY/上班). Every line is checked first; one bad line rejects the file with every problem by line, and
	 * nothing changes.
	 */
	@Transactional
	public int importFile(Reader source, CurrentUser by) {
		allowed(by);
		Map<LocalDate, HolidayEntry> entries = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(source)) {
			int number = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				String text = line.replace("\uFEFF", "").strip();
				if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,") || text.startsWith("日期,")) {
					continue;
				}
				String[] fields = text.split("[,，]", 3);
				String where = "第" + number + "行：";
				if (fields.length != 3) {
					problems.add(where + "应为“日期,类型,名称”三列");
					continue;
				}
				HolidayEntry entry = entry(fields[0], fields[1], fields[2], where, problems);
				if (entry != null && entries.put(entry.date(), entry) != null) {
					problems.add(where + entry.date() + " 在文件中出现了两次");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (entries.isEmpty() && problems.isEmpty()) {
			problems.add("文件中没有节假日记录");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		entries.values().forEach(entry -> write(entry, "文件导入", by));
		record(by, "HOLIDAYS_IMPORTED", null, entries.size() + " 条");
		reload();
		return entries.size();
	}

	/** Loads the administrators' entries into the live calendar; called at start and after each change. */
	public void reload() {
		calendar.override(list().stream().map(Override::entry).toList());
	}

	private static HolidayEntry entry(String day, String kind, String name, String where, List<String> problems) {
		int before = problems.size();
		LocalDate date = null;
		try {
			date = LocalDate.parse(day == null ? "" : day.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(where + "日期“" + day + "”无效，应写作 2027-02-06");
		}
		HolidayEntry.Kind parsed = switch (kind == null ? "" : kind.strip()) {
			case "HOLIDAY", "放假", "休" -> HolidayEntry.Kind.HOLIDAY;
			case "WORKDAY", "上班", "班" -> HolidayEntry.Kind.WORKDAY;
			default -> {
				problems.add(where + "类型“" + kind + "”无效，应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
				yield null;
			}
		};
		String text = name == null ? "" : name.strip();
		if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_NAME) {
			problems.add(where + "名称不能为空，且不超过" + MAX_NAME + "字，如“春节”");
		}
		return problems.size() > before ? null : new HolidayEntry(date, parsed, text);
	}

	private void write(HolidayEntry entry, String note, CurrentUser by) {
		jdbc.sql("""
				insert into calendar.holiday_entry (day, kind, name, note, changed_by, changed_at)
				values (:day, :kind, :name, :note, :by, :at)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, note = excluded.note,
				  changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
			.param("day", entry.date()).param("kind", entry.kind().name()).param("name", entry.name())
			.param("note", note == null || note.isBlank() ? null : note.strip()).param("by", by.getUsername())
			.param("at", OffsetDateTime.now(clock)).update();
	}

	private static void allowed(CurrentUser by) {
		if (!by.can(PERMISSION)) {
			throw new AccessDeniedException("只有系统管理员可以维护节假日");
		}
	}

	private void record(CurrentUser by, String type, String day, String detail) {
		audit.record(by, type, AuditTarget.of("HOLIDAY", day), detail);
	}

	/** An administrator's entry, with who made it and why. */
	public record Override(HolidayEntry entry, String note, String changedBy, OffsetDateTime changedAt) {
	}
}

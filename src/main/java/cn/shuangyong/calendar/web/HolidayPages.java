package cn.shuangyong.calendar.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.calendar.HolidayOverrides;
import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.People;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holidays and adjusted working days of a year, and the administrators' additions and corrections. */
@Controller
class HolidayPages {

	private final WorkingDayCalendar calendar;

	private final HolidayOverrides overrides;

	private final BusinessClock clock;

	private final People people;

	HolidayPages(WorkingDayCalendar calendar, HolidayOverrides overrides, BusinessClock clock, People people) {
		this.people = people;
		this.calendar = calendar;
		this.overrides = overrides;
		this.clock = clock;
	}

	@GetMapping("/calendar/holidays")
	String year(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = year == null ? clock.today().getYear() : Math.max(2000, Math.min(2100, year));
		Map<LocalDate, HolidayOverrides.Override> changed = overrides.list().stream()
			.collect(Collectors.toMap(o -> o.entry().date(), Function.identity()));
		List<HolidayRow> rows = calendar.entriesIn(shown).stream()
			.map(e -> new HolidayRow(e.date(), e.kind().name(), e.name(), changed.get(e.date()),
					calendar.baseEntryOn(e.date()).isPresent()))
			.toList();
		model.addAttribute("year", shown);
		model.addAttribute("rows", rows);
		model.addAttribute("who", people.named(changed.values().stream().map(o -> o.changedBy()).toList()));
		model.addAttribute("canEdit", user.can(Permission.CALENDAR_MANAGE));
		return "calendar/holidays";
	}

	@PostMapping("/calendar/holidays")
	String save(@RequestParam String day, @RequestParam String kind, @RequestParam String name,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/calendar/holidays?year=" + yearOf(day), "calendar.saved",
				() -> overrides.save(day, kind, name, note, user));
	}

	@PostMapping("/calendar/holidays/{day}/delete")
	String remove(@PathVariable LocalDate day, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/calendar/holidays?year=" + day.getYear(), "calendar.removed",
				() -> overrides.remove(day, user));
	}

	@PostMapping("/calendar/holidays/import")
	String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/calendar/holidays", "calendar.imported", () -> {
			var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			try (var reader = new InputStreamReader(file.getInputStream(), decoder)) {
				overrides.importFile(reader, user);
			}
			catch (java.io.UncheckedIOException | IOException ex) {
				throw new InvalidInputException(List.of("文件无法读取：请上传 UTF-8 编码的文本文件（每行“日期,类型,名称”）"));
			}
		});
	}

	private static String yearOf(String day) {
		return day != null && day.strip().matches("\\d{4}-.*") ? day.strip().substring(0, 4) : "";
	}

	/** One day of the year's list: the entry in force, the administrator's change if any, and whether the file has the day. */
	record HolidayRow(LocalDate day, String kind, String name, HolidayOverrides.Override change, boolean inFile) {
	}
}

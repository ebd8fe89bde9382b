package cn.shuangyong.supervision.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.supervision.tasklife.TaskAction;
import cn.shuangyong.supervision.tasklife.TaskChronicle;
import cn.shuangyong.supervision.TaskView;

/**
 * One task's 2020 in the demo, drawn from a fixed seed so every first start tells the same story. Most tasks are due
 * at the year's end: some are already signed off, some wait for sign-off, most are in progress, a few are only signed
 * for or not yet. Item 18 (the 三级双拥工作体系 build-up) had its deadline brought forward to 15 September, so at the
 * end of September its county tasks show on-time and late sign-offs and overdue work. Item 6 has one task signed off
 * on time and one late; item 29 was returned after its 八一 gala and is overdue. Nothing is written after the
 * business date.
 */
final class DemoYear {

	/** Items the platform's tests work through themselves from their opening state (1, 2) or rely on being red and unreported (26). */
	static final List<String> UNTOUCHED = List.of("1", "2", "26");

	static final LocalDate FIVE_STANDARDS_DEADLINE = LocalDate.of(2020, 9, 15);

	private final String planKey;

	private final LocalDate issued;

	private final LocalDate asOf;

	private final TaskChronicle chronicle;

	private final DemoReportTexts texts;

	private final WorkingDayCalendar calendar;

	private final Map<Long, TaskChronicle.Actor> actors;

	private final Map<String, String> places;

	DemoYear(String planKey, LocalDate issued, LocalDate asOf, TaskChronicle chronicle, DemoReportTexts texts,
			WorkingDayCalendar calendar, Map<Long, TaskChronicle.Actor> actors, Map<String, String> places) {
		this.planKey = planKey;
		this.issued = issued;
		this.asOf = asOf;
		this.chronicle = chronicle;
		this.texts = texts;
		this.calendar = calendar;
		this.actors = actors;
		this.places = places;
	}

	/** Writes the year of the n-th task (in order of opening) of its item. */
	void write(TaskView task, int n) {
		if ("P".equals(planKey) && UNTOUCHED.contains(task.itemNo()) || task.leadUnits().isEmpty()) {
			return;
		}
		Random random = new Random(Objects.hash(planKey, task.itemNo(), task.regionCode(), n));
		Story story = new Story(task, random);
		switch (planKey + task.itemNo()) {
			case "P6" -> {
				story.signFor();
				story.signedOff(n == 0 ? LocalDate.of(2020, 7, 22) : LocalDate.of(2020, 8, 7), 2);
			}
			case "P29" -> story.returned();
			case "P18" -> story.fiveStandards();
			default -> story.dueAtYearEnd("C".equals(planKey) ? CHUXIONG_POINTS[Math.floorMod(Integer.parseInt(
					task.itemNo()) - 1, CHUXIONG_POINTS.length)] : random.nextDouble());
		}
	}

	/** 楚雄's six points, by number: the draws that give one signed off, one submitted, three in progress, one signed for. */
	private static final double[] CHUXIONG_POINTS = { 0.5, 0.1, 0.5, 0.2, 0.5, 0.9 };

	/** The steps of one task, kept in time order and stopped at the business date. */
	private final class Story {

		private final TaskView task;

		private final Random random;

		private final TaskChronicle.Entry entry;

		private ZonedDateTime previous;

		private boolean stopped;

		private int reports;

		Story(TaskView task, Random random) {
			this.task = task;
			this.random = random;
			this.previous = issued.atTime(9, 0).atZone(BusinessClock.CHINA);
			this.entry = chronicle.open(task, previous);
		}

		void dueAtYearEnd(double draw) {
			if (draw >= 0.93) {
				return;
			}
			signFor();
			if (draw >= 0.80) {
				return;
			}
			if (draw < 0.16) {
				signedOff(day(6, 10, 95), 2 + random.nextInt(2));
			}
			else if (draw < 0.24) {
				reportUntil(day(9, 1, 20), 2 + random.nextInt(2));
				step(TaskAction.SUBMIT, lead(), day(9, 21, 7), null);
			}
			else {
				reportUntil(day(7, 15, 76), 1 + random.nextInt(4));
			}
		}

		/** 三级双拥工作体系建设: the issuing office asked on 5 June for it to be done by 15 September. */
		void fiveStandards() {
			double draw = random.nextDouble();
			if (draw < 0.95) {
				signFor();
			}
			ZonedDateTime at = time(LocalDate.of(2020, 6, 5));
			if (!stopped && !at.toLocalDate().isAfter(asOf)) {
				entry.moveDeadline(FIVE_STANDARDS_DEADLINE, "按省双拥办通知，“五有”标准三级双拥工作体系建设须于 9 月 15 日前完成并报送验收材料",
						issuer(), at);
				previous = at;
			}
			if (draw < 0.50) {
				signedOff(day(8, 5, 35), 1 + random.nextInt(3));
			}
			else if (draw < 0.68) {
				signedOff(day(9, 10, 15), 2 + random.nextInt(3));
			}
			else if (draw < 0.75) {
				reportUntil(day(8, 20, 20), 2);
				step(TaskAction.SUBMIT, lead(), day(9, 16, 12), null);
			}
			else if (draw < 0.95) {
				reportUntil(day(7, 1, 80), 1 + random.nextInt(3));
			}
		}

		/** Reported, submitted on the day given and signed off a few working days later. */
		void signedOff(LocalDate submitOn, int reportCount) {
			reportUntil(submitOn.minusDays(3), reportCount);
			step(TaskAction.SUBMIT, lead(), submitOn, null);
			step(TaskAction.SIGN_OFF, issuer(), calendar.addWorkingDays(submitOn, 1 + random.nextInt(4)), null);
		}

		/** 八一 gala held and reported, submitted, returned for the missing lists; not yet sent again. */
		void returned() {
			signFor();
			reportUntil(LocalDate.of(2020, 7, 30), 2);
			step(TaskAction.SUBMIT, lead(), LocalDate.of(2020, 8, 3), null);
			step(TaskAction.RETURN, issuer(), LocalDate.of(2020, 8, 6), "请补充晚会节目单、慰问部队名单和经费使用情况后重新申请销号");
		}

		void signFor() {
			step(TaskAction.SIGN_FOR, lead(), issued.plusDays(3 + random.nextInt(12)), null);
		}

		/** Reports spread evenly from now to the last day; now and then one comes from a cooperating unit. */
		private void reportUntil(LocalDate last, int count) {
			LocalDate from = previous.toLocalDate().plusDays(7);
			long span = Math.max(1, last.toEpochDay() - from.toEpochDay());
			for (int i = 1; i <= count; i++) {
				LocalDate on = from.plusDays(span * i / count - random.nextInt((int) Math.max(1, span / (count * 3))));
				boolean cooperator = !task.cooperatingUnits().isEmpty() && i < count && random.nextDouble() < 0.35;
				TaskChronicle.Actor by = cooperator
						? actor(task.cooperatingUnits().get(random.nextInt(task.cooperatingUnits().size())).id())
						: lead();
				String text = cooperator ? texts.text("COOP", random.nextInt(2), place(), by.name(), random)
						: texts.text(planKey + task.itemNo(), reports++ + random.nextInt(3), place(), by.name(), random);
				step(TaskAction.REPORT, by, on, text);
			}
		}

		private void step(TaskAction action, TaskChronicle.Actor by, LocalDate on, String text) {
			if (stopped) {
				return;
			}
			ZonedDateTime at = time(on);
			if (at.toLocalDate().isAfter(asOf)) {
				stopped = true;
				return;
			}
			entry.step(action, by, at, text);
			previous = at;
		}

		/** A time in office hours on the first working day from the date, after the step before. */
		private ZonedDateTime time(LocalDate on) {
			LocalDate day = on.isBefore(previous.toLocalDate()) ? previous.toLocalDate() : on;
			while (!calendar.isWorkingDay(day)) {
				day = day.plusDays(1);
			}
			ZonedDateTime at = day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(540))).atZone(BusinessClock.CHINA);
			return at.isAfter(previous) ? at : previous.plusMinutes(20 + random.nextInt(70));
		}

		private LocalDate day(int month, int dayOfMonth, int spread) {
			return LocalDate.of(2020, month, dayOfMonth).plusDays(random.nextInt(spread));
		}

		private TaskChronicle.Actor lead() {
			return actor(task.leadUnits().get(0).id());
		}

		private TaskChronicle.Actor issuer() {
			return actor(task.issuerUnitId());
		}

		private TaskChronicle.Actor actor(long unitId) {
			return actors.get(unitId);
		}

		private String place() {
			return places.getOrDefault(task.regionCode(), "");
		}
	}
}

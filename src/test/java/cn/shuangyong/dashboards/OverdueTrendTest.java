package cn.shuangyong.dashboards;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.supervision.TaskStanding;
import cn.shuangyong.supervision.TaskFact;
import cn.shuangyong.supervision.TaskState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task counts as overdue at a Sunday when that day is past its deadline and it was not signed off by then. */
class OverdueTrendTest {

	private static TaskFact task(String deadline, String signedOffOn) {
		return new TaskFact(1, 1, 1, "53", 1L, signedOffOn == null ? TaskState.IN_PROGRESS : TaskState.SIGNED_OFF,
				LocalDate.parse(deadline), signedOffOn == null ? null : LocalDate.parse(signedOffOn), TaskStanding.IN_PROGRESS);
	}

	@Test
	void countsFromTheDayAfterTheDeadlineUntilTheSignOff() {
		List<WeekPoint> points = OverdueTrend.of(List.of(task("2020-07-05", "2020-07-19")), LocalDate.of(2020, 7, 1),
				LocalDate.of(2020, 7, 31));
		assertThat(points).extracting(WeekPoint::weekEnd).containsExactly(LocalDate.of(2020, 7, 5),
				LocalDate.of(2020, 7, 12), LocalDate.of(2020, 7, 19), LocalDate.of(2020, 7, 26));
		// due on Sunday the 5th: not yet overdue that day; signed off on the 19th: no longer overdue that evening
		assertThat(points).extracting(WeekPoint::overdue).containsExactly(0, 1, 0, 0);
	}

	@Test
	void keepsCountingAnUnfinishedTaskAndNeverCountsOneDoneInTime() {
		List<WeekPoint> points = OverdueTrend.of(List.of(task("2020-07-01", null), task("2020-07-01", "2020-06-30")),
				LocalDate.of(2020, 6, 28), LocalDate.of(2020, 7, 15));
		assertThat(points).extracting(WeekPoint::overdue).containsExactly(0, 1, 1);
	}

	@Test
	void startsAtTheFirstSundayAndStopsAtTheLastDay() {
		assertThat(OverdueTrend.of(List.of(), LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 7))).isEmpty();
		assertThat(OverdueTrend.of(List.of(), LocalDate.of(2020, 3, 8), LocalDate.of(2020, 3, 8))).hasSize(1);
	}

	/** The running count agrees with the definition, week by week, for tasks of every shape around the weeks. */
	@Test
	void agreesWithTheDefinitionForManyTasks() {
		java.util.Random random = new java.util.Random(20200930);
		LocalDate from = LocalDate.of(2020, 4, 15);
		LocalDate until = LocalDate.of(2020, 9, 30);
		List<TaskFact> facts = new java.util.ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			LocalDate deadline = from.plusDays(random.nextInt(260) - 60);
			LocalDate signedOff = random.nextInt(3) == 0 ? null : deadline.plusDays(random.nextInt(120) - 40);
			facts.add(task(deadline.toString(), signedOff == null ? null : signedOff.toString()));
		}
		List<WeekPoint> points = OverdueTrend.of(facts, from, until);
		assertThat(points).hasSize(24);
		for (WeekPoint point : points) {
			assertThat(point.overdue()).as(point.weekEnd().toString())
				.isEqualTo((int) facts.stream().filter(f -> f.overdueAt(point.weekEnd())).count());
		}
	}
}

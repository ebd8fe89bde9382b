package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.List;
import cn.shuangyong.supervision.TaskStanding;

/**
 * One lead unit's score on a plan, on a day, from its tasks' timelines:
 *
 * <ul>
 * <li>completion C = (done on time + ½ × done late) ÷ (tasks done + tasks overdue); with none of either, 1;</li>
 * <li>reports R = tasks reported (a progress report or a submission) by their deadline ÷ tasks whose reporting
 * window has opened (the deadline is within the warning days, or has passed, or the task is done); with none, 1;</li>
 * <li>sign-off S = sign-offs ÷ (sign-offs + returns): each time work was returned counts against, even once fixed;
 * with nothing submitted yet, 1;</li>
 * <li>score = 100 × (wC·C + wR·R + wS·S) ÷ (wC + wR + wS).</li>
 * </ul>
 */
public record AssessmentScore(int tasks, double completion, double reports, double signOff, double score) {

	/** A task of the unit: its deadline and timeline. */
	record TaskFacts(LocalDate deadline, List<TaskReplay.Change> changes) {
	}

	static AssessmentScore of(List<TaskFacts> tasks, LocalDate today, int warningDays, AssessmentWeights weights) {
		double credit = 0;
		int judged = 0;
		int windowOpen = 0;
		int reported = 0;
		int signOffs = 0;
		int returns = 0;
		for (TaskFacts task : tasks) {
			TaskStanding standing = TaskReplay.asOf(task.deadline(), task.changes(), today, warningDays).standing();
			if (!standing.inProgress()) {
				judged++;
				credit += standing == TaskStanding.DONE_ON_TIME ? 1 : standing == TaskStanding.DONE_LATE ? 0.5 : 0;
			}
			if (standing.done() || !today.isBefore(task.deadline().minusDays(warningDays))) {
				windowOpen++;
				boolean inTime = task.changes().stream()
					.anyMatch(c -> !c.on().isAfter(today) && !c.on().isAfter(task.deadline())
							&& ("REPORT".equals(c.kind()) || "SUBMIT".equals(c.kind())));
				reported += inTime ? 1 : 0;
			}
			for (TaskReplay.Change change : task.changes()) {
				if (!change.on().isAfter(today)) {
					signOffs += "SIGN_OFF".equals(change.kind()) ? 1 : 0;
					returns += "RETURN".equals(change.kind()) ? 1 : 0;
				}
			}
		}
		double c = judged == 0 ? 1 : credit / judged;
		double r = windowOpen == 0 ? 1 : (double) reported / windowOpen;
		double s = signOffs + returns == 0 ? 1 : (double) signOffs / (signOffs + returns);
		double score = 100 * (weights.completionWeight() * c + weights.reportWeight() * r + weights.signOffWeight() * s)
				/ weights.sum();
		return new AssessmentScore(tasks.size(), round(c * 100), round(r * 100), round(s * 100), round(score));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}

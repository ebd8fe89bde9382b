package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** What a bulletin on a plan says for a date: its title, to whom it goes, and the figures as of that date. */
@Component
public class BulletinDrafting {

	/** Up to this many lead units are named as 主送机关; more are addressed together (GB/T 9704, 7.3.2: 统称). */
	private static final int NAMED_RECIPIENTS = 6;

	private final TaskHistory history;

	private final BusinessClock clock;

	BulletinDrafting(TaskHistory history, BusinessClock clock) {
		this.history = history;
		this.clock = clock;
	}

	/** A bulletin reports what has happened: not before the plan was issued, not after today. */
	public void checkDate(PlanSummary plan, LocalDate date) {
		if (date == null) {
			throw new InvalidInputException("请填写通报日期，格式如 2020-09-30");
		}
		LocalDate today = clock.today();
		if (date.isAfter(today)) {
			throw new InvalidInputException("通报日期 " + date + " 晚于今天（" + today + "），只能通报已经发生的情况");
		}
		if (plan.issuedOn() != null && date.isBefore(plan.issuedOn())) {
			throw new InvalidInputException("通报日期 " + date + " 早于工作要点的印发日期 " + plan.issuedOn());
		}
	}

	public BulletinFigures figures(long planId, LocalDate date) {
		return BulletinFigures.of(date, history.ofPlan(planId, date));
	}

	public BulletinDocument.BulletinContent content(PlanSummary plan, LocalDate date, String docNumber) {
		BulletinFigures figures = figures(plan.id(), date);
		return new BulletinDocument.BulletinContent(plan.issuer(), docNumber, title(plan.title()), recipients(figures),
				planName(plan.title()), plan.docNumber(), date, figures);
	}

	public static String title(String planTitle) {
		return "关于" + planName(planTitle) + "落实情况的通报";
	}

	/** 《2021年楚雄州双拥工作要点》 out of "…关于印发2021年楚雄州双拥工作要点的通知". */
	static String planName(String planTitle) {
		String name = planTitle.strip();
		for (String verb : new String[] { "关于印发", "关于转发", "关于" }) {
			int at = name.indexOf(verb);
			if (at >= 0) {
				name = name.substring(at + verb.length());
				break;
			}
		}
		if (name.endsWith("的通知")) {
			name = name.substring(0, name.length() - 3);
		}
		return name.replace("《", "").replace("》", "").strip();
	}

	private static String recipients(BulletinFigures figures) {
		Set<String> names = new LinkedHashSet<>();
		figures.units().forEach(line -> names.add(line.unitName()));
		return names.isEmpty() || names.size() > NAMED_RECIPIENTS ? "各牵头单位" : String.join("，", names);
	}
}

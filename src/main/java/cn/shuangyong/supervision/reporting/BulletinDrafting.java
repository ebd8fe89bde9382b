package cn.shuangyong.supervision.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.shared.RegionLevel;
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

	private final Directory directory;

	BulletinDrafting(TaskHistory history, BusinessClock clock, Directory directory) {
		this.history = history;
		this.clock = clock;
		this.directory = directory;
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

	/** The figures as the plan's issuing office sees them, at its level (see {@link BulletinFigures}). */
	public BulletinFigures figures(PlanSummary plan, LocalDate date) {
		List<TaskAsOf> tasks = history.ofPlan(plan.id(), date);
		return BulletinFigures.of(date, tasks, places(plan.regionCode(), tasks));
	}

	/** Each lead unit's short name, region and place in the directory; the regions one level below the office's. */
	private BulletinPlaces places(String region, List<TaskAsOf> tasks) {
		Map<Long, String> named = new LinkedHashMap<>();
		tasks.forEach(t -> t.leadUnits().forEach(u -> named.putIfAbsent(u.id(), u.name())));
		Map<Long, BulletinPlaces.Place> units = new HashMap<>();
		for (Unit unit : directory.units(named.keySet().stream().map(UnitId::new).toList())) {
			String name = unit.shortName() == null || unit.shortName().isBlank() ? unit.name() : unit.shortName();
			units.put(unit.id().value(), new BulletinPlaces.Place(name, unit.regionCode().value(), unit.id().value()));
		}
		named.forEach((id, name) -> units.putIfAbsent(id, new BulletinPlaces.Place(name, "", id)));
		Map<String, String> regionNames = new HashMap<>();
		for (Region below : directory.children(RegionCode.of(region))) {
			regionNames.put(below.code().value(), below.shortName());
		}
		return new BulletinPlaces(RegionLevel.ofCode(region), region, units, regionNames);
	}

	public BulletinDocument.BulletinContent content(PlanSummary plan, LocalDate date, String docNumber) {
		BulletinFigures figures = figures(plan, date);
		return new BulletinDocument.BulletinContent(plan.issuer(), docNumber, title(plan.title()),
				recipients(figures, plan.issuerUnitId()),
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

	/**
	 * The regions below through their 双拥办, together; the own lead units other than the issuer by name, in the
	 * directory's order (the order of their ids), when they are few, else together: 各州（市）双拥办，省级各牵头单位.
	 */
	private static String recipients(BulletinFigures figures, long issuerUnitId) {
		List<String> to = new ArrayList<>();
		if (!figures.regions().isEmpty()) {
			to.add(BulletinWording.regionsBelow(figures.level()) + "双拥办");
		}
		List<BulletinFigures.UnitLine> units = figures.units().stream().filter(u -> u.unitId() != issuerUnitId)
			.sorted(java.util.Comparator.comparingLong(BulletinFigures.UnitLine::unitId)).toList();
		if (units.size() > NAMED_RECIPIENTS) {
			to.add(BulletinWording.ownLevel(figures.level()) + "各牵头单位");
		}
		else {
			units.forEach(line -> to.add(line.unitName()));
		}
		return to.isEmpty() ? "各牵头单位" : String.join("，", to);
	}
}

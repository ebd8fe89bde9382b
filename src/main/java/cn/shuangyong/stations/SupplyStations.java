package cn.shuangyong.stations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of the 军供站: the office keeps each station's capacity; the military side (or the office) asks a station
 * to support troops in transit; the station accepts and, once served, closes the task with what it served. A task
 * is seen only by its station, its office and the unit that asked: troop movements are sensitive.
 */
@Service
public class SupplyStations {

	private final SupplyStore store;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	SupplyStations(SupplyStore store, Directory directory, AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The office of the station's region keeps its capacity, staff and location. */
	@Transactional
	public void keepStation(long unitId, int meals, int beds, int staff, String location, CurrentUser by) {
		Unit unit = directory.unit(new UnitId(unitId)).filter(u -> by.covers(u.regionCode().value()))
			.orElseThrow(() -> new InvalidInputException("军供站不存在或不在您的数据范围内"));
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以维护军供站信息");
		}
		List<String> problems = new ArrayList<>();
		if (meals < 0 || meals > 100_000) {
			problems.add("日供餐能力须为 0 至 100000 份");
		}
		if (beds < 0 || beds > 100_000) {
			problems.add("床位须为 0 至 100000 张");
		}
		if (staff < 0 || staff > 10_000) {
			problems.add("工作人员须为 0 至 10000 人");
		}
		String place = FreeText.clean(location);
		if (place.length() > 200 || FreeText.hasControl(location)) {
			problems.add("位置不能超过 200 字");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		store.keepStation(unitId, unit.regionCode().value(), meals, beds, staff, place);
		audit.record(by, "SUPPLY_STATION_KEPT", AuditTarget.of("SUPPLY_STATION", unitId), unit.name());
	}

	/** The military side asks a station for support on a day; refused when the station is full that day. */
	@Transactional
	public long request(long stationUnitId, String troop, String onDate, int people, int meals, int beds,
			CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		Unit requester = directory.unit(new UnitId(by.unitId())).orElseThrow();
		if (requester.kind() != UnitKind.MILITARY && !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("军供任务由部队或双拥办提出");
		}
		SupplyStation station = store.station(stationUnitId)
			.orElseThrow(() -> new InvalidInputException("军供站不存在或尚未登记供应能力"));
		List<String> problems = new ArrayList<>();
		String name = FreeText.required(troop, "部队公开称谓", 100, problems);
		LocalDate on = null;
		try {
			on = LocalDate.parse(FreeText.clean(onDate));
		}
		catch (DateTimeParseException e) {
			problems.add("保障日期须为 2020-09-30 形式的有效日期");
		}
		if (people < 1 || people > 100_000) {
			problems.add("保障人数须为 1 至 100000 人");
		}
		if (meals < 0 || meals > 1_000_000 || beds < 0 || beds > 100_000) {
			problems.add("餐数、床位不能为负数");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int[] booked = store.booked(stationUnitId, on);
		station.refuseOverCapacity(booked[0], booked[1], meals, beds);
		long id = store.insertTask(station, by.unitId(), name, on, people, meals, beds, now());
		audit.record(by, "SUPPLY_TASK_REQUESTED", AuditTarget.of("SUPPLY_TASK", id), null);
		return id;
	}

	@Transactional
	public void accept(long taskId, int version, CurrentUser by) {
		SupplyTask task = ofStation(taskId, by);
		if (!task.state().acceptable()) {
			throw new ConflictException("只有待受理的军供任务可以受理");
		}
		store.accept(taskId, version, now());
		audit.record(by, "SUPPLY_TASK_ACCEPTED", AuditTarget.of("SUPPLY_TASK", taskId), null);
	}

	@Transactional
	public void close(long taskId, int version, int servedPeople, int servedMeals, CurrentUser by) {
		SupplyTask task = ofStation(taskId, by);
		if (!task.state().closable()) {
			throw new ConflictException("只有已受理的军供任务可以办结");
		}
		if (servedPeople < 0 || servedPeople > 100_000 || servedMeals < 0 || servedMeals > 1_000_000) {
			throw new InvalidInputException("实际保障人数、餐数须为非负整数");
		}
		store.close(taskId, version, servedPeople, servedMeals, now());
		audit.record(by, "SUPPLY_TASK_CLOSED", AuditTarget.of("SUPPLY_TASK", taskId), servedPeople + "人");
	}

	/** The stations in scope with their names. */
	@Transactional(readOnly = true)
	public List<SupplyStation> stations(CurrentUser by) {
		by.require(Permission.WORK_READ);
		List<SupplyStation> stations = store.stations(by.scope());
		Map<Long, String> names = names(stations.stream().map(SupplyStation::unitId).toList());
		return stations.stream().map(s -> new SupplyStation(s.unitId(), names.getOrDefault(s.unitId(), ""),
				s.regionCode(), s.meals(), s.beds(), s.staff(), s.location(), s.version())).toList();
	}

	/** Each station's yearly figures in scope: counts only, no troop names. */
	@Transactional(readOnly = true)
	public List<SupplyFigure> figures(CurrentUser by) {
		by.require(Permission.WORK_READ);
		List<SupplyFigure> figures = store.figures(by.scope());
		Map<Long, String> names = names(figures.stream().map(SupplyFigure::stationUnitId).distinct().toList());
		return figures.stream().map(f -> new SupplyFigure(f.stationUnitId(), names.getOrDefault(f.stationUnitId(), ""),
				f.year(), f.tasks(), f.closed(), f.peopleServed(), f.mealsServed(), f.responseHours())).toList();
	}

	/** The tasks this user's unit may see: as the station, as the requester, or as the station's office. */
	@Transactional(readOnly = true)
	public List<SupplyTask> tasks(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return store.tasksSeenBy(by.unitId(), by.can(Permission.PLANS_PUBLISH) ? by.regionCode() : null);
	}

	/** A task the user may see, or 404: even its existence is not shown to others. */
	@Transactional(readOnly = true)
	public SupplyTask task(long taskId, CurrentUser by) {
		SupplyTask task = store.task(taskId).orElseThrow(() -> new NotFoundException("军供任务不存在"));
		boolean office = by.can(Permission.PLANS_PUBLISH) && by.regionCode().equals(task.regionCode());
		if (task.stationUnitId() != by.unitId() && task.requestingUnitId() != by.unitId() && !office) {
			throw new NotFoundException("军供任务不存在");
		}
		by.require(Permission.WORK_READ);
		return task;
	}

	private SupplyTask ofStation(long taskId, CurrentUser by) {
		SupplyTask task = task(taskId, by);
		boolean office = by.can(Permission.PLANS_PUBLISH) && by.regionCode().equals(task.regionCode());
		if (!by.can(Permission.WORK_EDIT) || (task.stationUnitId() != by.unitId() && !office)) {
			throw new AccessDeniedException("军供任务由军供站或其双拥办办理");
		}
		return task;
	}

	private Map<Long, String> names(List<Long> ids) {
		return directory.units(ids.stream().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.clock());
	}
}

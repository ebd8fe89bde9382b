package cn.shuangyong.stations;

import java.time.LocalDate;
import java.util.Set;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.directory.UnitKind;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly 五有 check: a station (or the office above it) records the five criteria with evidence and the day
 * checked; an office above the station, the county first, confirms it. A new check needs confirming again.
 */
@Service
public class FiveHasChecks {

	private static final Set<UnitKind> ASSESSED = Set.of(UnitKind.OFFICE, UnitKind.SERVICE_CENTRE,
			UnitKind.SERVICE_STATION);

	private final FiveHasStore store;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	FiveHasChecks(FiveHasStore store, Directory directory, AuditTrail audit, BusinessClock clock) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void record(Long unitId, FiveHas criteria, String evidence, String checkedOn, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		if (unitId == null) {
			throw new InvalidInputException("请选择服务中心（站）或双拥办");
		}
		Unit unit = directory.unit(new UnitId(unitId)).filter(u -> by.covers(u.regionCode().value()))
			.orElseThrow(() -> new InvalidInputException("单位" + unitId + " 不存在或不在您的数据范围内，不能为其填报“五有”情况"));
		if (!ASSESSED.contains(unit.kind())) {
			throw new InvalidInputException("“五有”标准只评估双拥办和退役军人服务中心（站），" + unit.name() + "不在其列");
		}
		if (unit.id().value() != by.unitId() && !by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只能填报本单位的“五有”情况");
		}
		String text = FreeText.clean(evidence);
		if (text.length() > 1000 || FreeText.hasControl(evidence)) {
			throw new InvalidInputException("佐证说明不能超过 1000 字");
		}
		LocalDate on;
		try {
			on = LocalDate.parse(FreeText.clean(checkedOn));
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("检查日期须为 2020-09-30 形式的有效日期");
		}
		if (on.isAfter(clock.today())) {
			throw new InvalidInputException("检查日期不能晚于今天（" + clock.today() + "）");
		}
		store.keep(unitId, unit.regionCode().value(), unit.level(), unit.kind() == UnitKind.OFFICE, criteria, text, on,
				by.getUsername());
		audit.record(by, "FIVE_HAS_RECORDED", AuditTarget.of("FIVE_HAS", unitId),
				criteria.complete() ? "五有齐全" : "缺：" + String.join("、", criteria.missing()));
	}

	@Transactional
	public void confirm(long unitId, int version, CurrentUser by) {
		FiveHasRecord record = store.find(unitId).filter(r -> by.covers(r.regionCode()))
			.orElseThrow(() -> new NotFoundException("“五有”记录不存在"));
		if (!by.can(Permission.PLANS_PUBLISH) || by.unitId() == unitId || by.regionCode().equals(record.regionCode())) {
			throw new AccessDeniedException("“五有”记录由上级双拥办（县级起）确认");
		}
		store.confirm(unitId, version, by.getUsername(), clock.today());
		audit.record(by, "FIVE_HAS_CONFIRMED", AuditTarget.of("FIVE_HAS", unitId), null);
	}
}

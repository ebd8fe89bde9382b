package cn.shuangyong.activities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording an activity once held: the organiser is the recording user's unit; the kind must be one the province
 * keeps, the participating units must exist in the directory, the date may not lie ahead of today and the item, if
 * given, must be one the user can see.
 */
@Service
public class Activities {

	private final ActivityStore store;

	private final ActivityKinds kinds;

	private final Directory directory;

	private final WorkPlans plans;

	private final AuditTrail audit;

	private final BusinessClock clock;

	Activities(ActivityStore store, ActivityKinds kinds, Directory directory, WorkPlans plans, AuditTrail audit,
			BusinessClock clock) {
		this.store = store;
		this.kinds = kinds;
		this.directory = directory;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long record(NewActivity activity, CurrentUser by) {
		by.require(Permission.WORK_EDIT);
		if (kinds.find(activity.kind()).isEmpty()) {
			throw new InvalidInputException("活动类型“" + activity.kind() + "”不存在");
		}
		if (activity.heldOn().isAfter(clock.today())) {
			throw new InvalidInputException("活动日期不能晚于今天（" + clock.today() + "）：活动举办后再记录");
		}
		List<Unit> units = directory.units(activity.participatingUnits().stream().map(UnitId::new).toList());
		if (units.size() != activity.participatingUnits().size()) {
			throw new InvalidInputException("参加单位中有不存在的单位");
		}
		if (activity.itemId() != null) {
			plans.item(activity.itemId(), by);
		}
		Optional<Unit> organiser = directory.unit(new UnitId(by.unitId()));
		String region = organiser.map(u -> u.regionCode().value()).orElse(by.regionCode());
		long id = store.insert(activity, by.unitId(), region, by.getUsername(), OffsetDateTime.now(clock.clock()));
		audit.record(by, "ACTIVITY_RECORDED", AuditTarget.of("ACTIVITY", id), activity.title());
		return id;
	}
}

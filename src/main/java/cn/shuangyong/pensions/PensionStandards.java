package cn.shuangyong.pensions;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抚恤标准: what is paid on a day, the standards published so far, and the publication of a new one by the province.
 * A standard is never edited; a newer one with a later effective date replaces it, and its effective date may lie in
 * the past (the rolls then pay the difference as arrears).
 */
@Service
@Transactional
public class PensionStandards {

	private final StandardStore store;

	private final BusinessClock clock;

	private final AuditTrail audit;

	PensionStandards(StandardStore store, BusinessClock clock, AuditTrail audit) {
		this.store = store;
		this.clock = clock;
		this.audit = audit;
	}

	/** The rates in force on a day (today, by the business clock, when none is given). */
	@Transactional(readOnly = true)
	public StandardsInForce inForce(LocalDate date, CurrentUser by) {
		by.require(Permission.WORK_READ);
		LocalDate day = date == null ? clock.today() : date;
		return RatesInForce.on(day, store.ratesUntil(day, province(by)));
	}

	/**
	 * The rates in force on a day in a province among the standards published by {@code knownOn}, for the module's
	 * own work (a roll generated that day), which checked its caller.
	 */
	@Transactional(readOnly = true)
	public StandardsInForce inForceIn(LocalDate day, String province, LocalDate knownOn) {
		return RatesInForce.on(day, store.ratesUntil(day, province, knownOn));
	}

	@Transactional(readOnly = true)
	public List<PublishedStandard> history(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return store.history(province(by));
	}

	/** True when the user may publish standards: a provincial office. */
	public boolean mayPublish(CurrentUser by) {
		return by.can(Permission.PLANS_PUBLISH) && by.regionLevel() == RegionLevel.PROVINCE;
	}

	/**
	 * Publishes a standard: national, or the province's top-up. Its effective date must come after that of the
	 * latest standard of the same layer; a standard cannot be slipped in before one already published.
	 */
	public PublishedStandard publish(NewStandard standard, CurrentUser by) {
		if (!mayPublish(by)) {
			throw new AccessDeniedException("只有省级双拥办可以发布抚恤标准");
		}
		String region = standard.layer() == StandardLayer.TOP_UP ? by.regionCode() : null;
		store.latestLocked(standard.layer(), region).ifPresent(latest -> {
			if (!standard.effectiveOn().isAfter(latest.effectiveOn())) {
				throw new InvalidInputException("执行日期 " + standard.effectiveOn() + " 不晚于已发布的《"
						+ latest.title() + "》的执行日期 " + latest.effectiveOn()
						+ "：新标准只能在其后执行；如需更正，请发布执行日期更晚的新标准");
			}
		});
		long id = store.insert(standard, region, clock.today(), by.getUsername());
		audit.record(by, "PENSION_STANDARD_PUBLISHED", AuditTarget.of("PENSION_STANDARD", id),
				standard.layer().chinese() + "《" + standard.title() + "》，" + standard.effectiveOn() + " 起执行");
		return store.find(id).orElseThrow();
	}

	/** The province whose top-ups apply: the first two digits of the user's region. */
	private static String province(CurrentUser by) {
		return RegionLevel.PROVINCE.regionOf(by.regionCode());
	}
}

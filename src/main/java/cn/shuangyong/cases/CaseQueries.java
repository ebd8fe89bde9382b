package cn.shuangyong.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases on a need-to-know basis: the managing and handling units, and those who may read records about people
 * in the case's region; nobody else (404). A case's page shows its person's details (masked), and each such read is audited.
 */
@Service
public class CaseQueries {

	private final CaseStore store;

	private final Grievances grievances;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final CaseTimeLimits limits;

	CaseQueries(CaseStore store, Grievances grievances, Directory directory, AuditTrail audit, BusinessClock clock,
			CaseTimeLimits limits) {
		this.limits = limits;
		this.store = store;
		this.grievances = grievances;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	public ListPage<CaseView> cases(CaseFilter filter, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<GrievanceCase> page = store.within(by.scope(), by.unitId(),
				by.can(Permission.PERSONAL_DATA_READ), filter, clock.today(), limits.oldIfReceivedBefore(clock.today()),
				paging);
		Names names = names(page.content());
		return page.map(c -> view(c, names, List.of()));
	}

	/** One case with its timeline; reading it shows the person's details, so it is audited. */
	@Transactional
	public CaseView detail(long id, CurrentUser by) {
		GrievanceCase c = grievances.visible(id, by);
		audit.record(by, "CASE_VIEWED", AuditTarget.of("CASE", id), null);
		return view(c, names(List.of(c)), store.steps(id));
	}

	public List<CaseCategory> categories() {
		return store.categories();
	}

	public List<CaseFigures> figures(CurrentUser by) {
		by.require(Permission.WORK_READ);
		List<CaseFigures> rows = store.figures(by.scope(), by.unitId(), by.can(Permission.PERSONAL_DATA_READ));
		Map<String, String> regions = new java.util.HashMap<>();
		rows.stream().map(CaseFigures::region).distinct().forEach(code -> directory.region(RegionCode.of(code))
			.ifPresent(r -> regions.put(code, r.name())));
		return rows.stream().map(f -> new CaseFigures(regions.getOrDefault(f.region(), f.region()), f.category(),
				f.month(), f.cases(), f.resolved(), f.onTime(), f.satisfied())).toList();
	}

	private CaseView view(GrievanceCase c, Names names, List<CaseStep> steps) {
		LocalDate today = clock.today();
		LocalDate reportDue = c.reportDue(names.lastReports().get(c.id()));
		return new CaseView(c, names.categories().getOrDefault(c.categoryCode(), ""),
				names.units().getOrDefault(c.officeUnitId(), ""),
				c.handlingUnitId() == null ? null : names.units().getOrDefault(c.handlingUnitId(), ""),
				names.regions().getOrDefault(c.regionCode(), ""), c.overdueOn(today), c.ageOn(today),
				c.oldOn(today, limits), reportDue, reportDue != null && today.isAfter(reportDue), steps);
	}

	private Names names(List<GrievanceCase> cases) {
		Map<Long, String> units = directory.units(cases.stream()
			.flatMap(c -> Stream.of(c.officeUnitId(), c.handlingUnitId())).filter(Objects::nonNull).distinct()
			.map(UnitId::new).toList()).stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		Map<String, String> regions = cases.stream().map(GrievanceCase::regionCode).distinct()
			.flatMap(code -> directory.region(RegionCode.of(code)).stream())
			.collect(Collectors.toMap(r -> r.code().value(), Region::name));
		Map<String, String> categories = store.categoryLabels();
		Map<Long, LocalDate> lastReports = store.lastReports(cases.stream().filter(GrievanceCase::tough)
			.map(GrievanceCase::id).toList());
		return new Names(units, regions, categories, lastReports);
	}

	private record Names(Map<Long, String> units, Map<String, String> regions, Map<String, String> categories,
			Map<Long, LocalDate> lastReports) {
	}
}

package cn.shuangyong.schooling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import org.springframework.stereotype.Service;

/** Reading applications as {@link ApplicationReader} allows: 404 outside what the user sees. */
@Service
public class SchoolingQueries {

	private final ApplicationStore store;

	private final RuleStore rules;

	private final ApplicationReader reader;

	private final Directory directory;

	private final SchoolDeadline deadline;

	private final BusinessClock clock;

	SchoolingQueries(ApplicationStore store, RuleStore rules, ApplicationReader reader, Directory directory,
			SchoolDeadline deadline, BusinessClock clock) {
		this.store = store;
		this.rules = rules;
		this.reader = reader;
		this.directory = directory;
		this.deadline = deadline;
		this.clock = clock;
	}

	/** The applications the user sees; {@code status} is a state or RED. */
	public ListPage<SchoolApplication> applications(String region, String status, Paging paging, CurrentUser by) {
		ApplicationFilter filter = ApplicationFilter.of(region, status);
		ListPage<ApplicationStore.Row> page = store.page(reader.of(by), filter, clock.today(), deadline.warningDays(),
				paging);
		EntitlementRules book = rules.rules();
		Map<Long, String> names = names(page.content());
		Map<String, String> regions = new HashMap<>();
		return page.map(r -> view(r, book, names, regions, List.of()));
	}

	public SchoolApplication application(long id, CurrentUser by) {
		ApplicationStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("入学申请不存在"));
		if (!reader.of(by).sees(row)) {
			throw new NotFoundException("入学申请不存在");
		}
		List<SchoolApplication.Step> timeline = store.steps(id).stream()
			.map(s -> new SchoolApplication.Step(s.kind(), s.on(), s.note())).toList();
		return view(row, rules.rules(), names(List.of(row)), new HashMap<>(), timeline);
	}

	/** What a basis gives at a stage on a day: for the form, before an application is filed. */
	public List<Entitlement> entitlements(Basis basis, Stage stage, java.time.LocalDate on) {
		return rules.rules().of(basis, stage, on);
	}

	private SchoolApplication view(ApplicationStore.Row r, EntitlementRules book, Map<Long, String> names,
			Map<String, String> regions, List<SchoolApplication.Step> timeline) {
		String regionName = regions.computeIfAbsent(r.regionCode(),
				code -> directory.region(RegionCode.of(code)).map(Region::name).orElse(code));
		return new SchoolApplication(r.id(), r.childName(), r.idMasked(), r.stage(), r.basis(),
				r.soldierUnitId() == null ? null : ref(r.soldierUnitId(), names), ref(r.filedByUnitId(), names),
				ref(r.assignedUnitId(), names), ref(r.reviewUnitId(), names), r.regionCode(), regionName,
				r.wishedSchool(), r.documents(), r.term(), r.termStartsOn(), r.appliedOn(), r.decideBy(), r.state(),
				r.school(), r.reasons(), r.decidedOn(), r.reviewAskedOn(), r.reviewReasons(), r.reviewedOn(),
				deadline.red(r.state(), r.decideBy(), r.termStartsOn(), clock.today()),
				book.of(r.basis(), r.stage(), r.termStartsOn()), timeline, r.taskId(), r.reviewTaskId(), r.version());
	}

	private Map<Long, String> names(List<ApplicationStore.Row> rows) {
		List<UnitId> ids = rows.stream()
			.flatMap(r -> Stream.of(r.soldierUnitId(), r.filedByUnitId(), r.assignedUnitId(), r.reviewUnitId()))
			.filter(Objects::nonNull).distinct().map(UnitId::new).toList();
		return directory.units(ids).stream().collect(Collectors.toMap(u -> u.id().value(), Unit::name));
	}

	private static UnitRef ref(long id, Map<Long, String> names) {
		return new UnitRef(id, names.getOrDefault(id, ""));
	}
}

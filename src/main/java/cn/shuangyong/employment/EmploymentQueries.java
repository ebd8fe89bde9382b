package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Reading spouse cases, posts and job fairs. Cases follow {@link CaseReader} (404 outside what the user sees); posts
 * and fairs, which hold no personal data, the user's region.
 */
@Service
public class EmploymentQueries {

	private final NeedStore needs;

	private final MatchStore matches;

	private final PostStore posts;

	private final FairStore fairs;

	private final CaseReader reader;

	private final Directory directory;

	private final BusinessClock clock;

	EmploymentQueries(NeedStore needs, MatchStore matches, PostStore posts, FairStore fairs, CaseReader reader,
			Directory directory, BusinessClock clock) {
		this.needs = needs;
		this.matches = matches;
		this.posts = posts;
		this.fairs = fairs;
		this.reader = reader;
		this.directory = directory;
		this.clock = clock;
	}

	/** The cases the user sees; {@code region} and {@code status} (OPEN, OVERDUE, CLOSED) are optional filters. */
	public ListPage<SpouseCase> cases(String region, String status, Paging paging, CurrentUser by) {
		CaseFilter filter = CaseFilter.of(region, status);
		ListPage<NeedStore.NeedRow> page = needs.page(reader.of(by), filter, clock.today(), paging);
		Names names = names(page.content().stream().flatMap(n -> units(n).stream()).toList());
		return page.map(n -> view(n, names, List.of(), List.of()));
	}

	public SpouseCase spouseCase(long id, CurrentUser by) {
		NeedStore.NeedRow need = visible(id, by);
		List<MatchStore.MatchRow> rows = matches.ofNeed(id);
		Map<Long, JobPost> posted = jobPosts(posts.all(rows.stream().map(MatchStore.MatchRow::postId).toList()));
		Names names = names(units(need));
		List<SpouseCase.Match> matched = rows.stream().map(m -> new SpouseCase.Match(m.id(), m.postId(),
				posted.get(m.postId()).title(), posted.get(m.postId()).employer(), m.state(), m.confirmedOn())).toList();
		List<SpouseCase.Step> timeline = matches.steps(id).stream()
			.map(s -> new SpouseCase.Step(s.kind(), s.on(), s.note())).toList();
		return view(need, names, matched, timeline);
	}

	/** The posts the matching proposes for an open case, best first; none for a closed one. */
	public List<JobPost.Proposed> proposals(long id, CurrentUser by) {
		NeedStore.NeedRow need = visible(id, by);
		if (need.closed()) {
			return List.of();
		}
		List<PostStore.PostRow> open = posts.openAround(need.regionCode());
		Map<Long, JobPost> posted = jobPosts(open);
		return PostMatching.propose(new PostMatching.Wish(need.regionCode(), need.education(), need.workKind()),
				open.stream().map(PostStore.PostRow::offer).toList())
			.stream().map(p -> new JobPost.Proposed(posted.get(p.postId()), p.score(), p.sameRegion(), p.wishedWork()))
			.toList();
	}

	public ListPage<JobPost> posts(Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<PostStore.PostRow> page = posts.within(by.scope(), paging);
		Map<Long, JobPost> posted = jobPosts(page.content());
		return page.map(p -> posted.get(p.id()));
	}

	public JobPost post(long id, CurrentUser by) {
		PostStore.PostRow row = posts.find(id).orElseThrow(() -> new NotFoundException("岗位不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "岗位不存在");
		return jobPosts(List.of(row)).get(id);
	}

	public ListPage<JobFair> fairs(Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		ListPage<FairStore.FairRow> page = fairs.within(by.scope(), paging);
		Names names = names(page.content().stream().map(FairStore.FairRow::organiserUnitId).toList());
		return page.map(f -> fair(f, names, List.of()));
	}

	public JobFair fair(long id, CurrentUser by) {
		FairStore.FairRow row = fairs.find(id).orElseThrow(() -> new NotFoundException("招聘会不存在"));
		by.mayRead(row.regionCode(), Permission.WORK_READ, "招聘会不存在");
		List<PostStore.PostRow> offered = posts.ofFair(id);
		Map<Long, JobPost> posted = jobPosts(offered);
		return fair(row, names(List.of(row.organiserUnitId())), offered.stream().map(p -> posted.get(p.id())).toList());
	}

	NeedStore.NeedRow visible(long id, CurrentUser by) {
		NeedStore.NeedRow need = needs.find(id).orElseThrow(() -> new NotFoundException("案件不存在"));
		if (!reader.of(by).sees(need)) {
			throw new NotFoundException("案件不存在");
		}
		return need;
	}

	private JobFair fair(FairStore.FairRow f, Names names, List<JobPost> offered) {
		long employers = offered.stream().map(JobPost::employer).distinct().count();
		return new JobFair(f.id(), f.title(), f.heldOn(), f.bayi(), f.place(), f.regionCode(), names.region(f.regionCode()),
				names.unit(f.organiserUnitId()), f.attendance(), offered, employers);
	}

	private Map<Long, JobPost> jobPosts(List<PostStore.PostRow> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach(p -> {
			ids.add(p.offeredByUnitId());
			if (p.employerUnitId() != null) {
				ids.add(p.employerUnitId());
			}
		});
		Names names = names(ids);
		return rows.stream().collect(Collectors.toMap(PostStore.PostRow::id, p -> new JobPost(p.id(), p.kind(), p.title(),
				p.employerUnitId() == null ? p.employerName() : names.unit(p.employerUnitId()).name(), p.minEducation(),
				p.workKind(), p.openings(), p.hired(), p.regionCode(), names.region(p.regionCode()),
				names.unit(p.offeredByUnitId()), p.fairId(), p.open()), (a, b) -> a));
	}

	private SpouseCase view(NeedStore.NeedRow n, Names names, List<SpouseCase.Match> matched,
			List<SpouseCase.Step> timeline) {
		return new SpouseCase(n.id(), n.spouseName(), n.idMasked(), n.phoneMasked(), names.unit(n.soldierUnitId()),
				names.unit(n.filedByUnitId()), names.unit(n.assignedUnitId()), n.education(), n.skills(), n.workKind(),
				n.regionCode(), names.region(n.regionCode()), n.arrivedOn(), n.registeredOn(), n.deadline(), n.outcome(),
				n.outcomeOn(), n.outcomeNote(), TimeLimit.overdue(n.deadline(), n.closed(), clock.today()), matched,
				timeline, n.taskId(), n.version());
	}

	private static List<Long> units(NeedStore.NeedRow n) {
		return List.of(n.soldierUnitId(), n.filedByUnitId(), n.assignedUnitId());
	}

	private Names names(Collection<Long> unitIds) {
		Map<Long, String> units = directory.units(unitIds.stream().distinct().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
		return new Names(units, new HashMap<>(), code -> directory.region(RegionCode.of(code)).map(Region::name).orElse(code));
	}

	/** Unit names read once per page; region names looked up once each. */
	private record Names(Map<Long, String> units, Map<String, String> regions, Function<String, String> regionName) {

		UnitRef unit(long id) {
			return new UnitRef(id, units.getOrDefault(id, ""));
		}

		String region(String code) {
			return regions.computeIfAbsent(code, regionName);
		}
	}
}

package cn.shuangyong.accounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

import cn.shuangyong.Demo;
import cn.shuangyong.PlatformTest;
import cn.shuangyong.beneficiaries.Beneficiaries;
import cn.shuangyong.beneficiaries.BeneficiaryFilter;
import cn.shuangyong.beneficiaries.Registry;
import cn.shuangyong.consultations.ConsultationQueries;
import cn.shuangyong.duallist.DualListQueries;
import cn.shuangyong.modelcity.Campaigns;
import cn.shuangyong.plans.PlanDrafts;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.supervision.Bulletins;
import cn.shuangyong.supervision.Tasks;
import cn.shuangyong.supervision.materials.MaterialsRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scope at scale, at the service layer: thousands of (user, record) pairs drawn at random across the modules, each
 * read the way the pages and the API read it. A record outside the user's scope must answer 404 (NotFoundException)
 * and never be read; one inside it answers 403 (AccessDeniedException) when the role has no right to read it, and is
 * read otherwise. The users are the demo accounts and accounts of every role at units drawn from the whole directory.
 */
@PlatformTest
class ScopeAtScaleTests {

	private static final int PAIRS = 10_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Demo demo;

	@Autowired
	WorkPlans plans;

	@Autowired
	PlanDrafts drafts;

	@Autowired
	Tasks tasks;

	@Autowired
	Bulletins bulletins;

	@Autowired
	MaterialsRequests materials;

	@Autowired
	DualListQueries dualLists;

	@Autowired
	ConsultationQueries meetings;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Registry registry;

	@Autowired
	Beneficiaries beneficiaries;

	/** One record: its id, the region it is kept in, and what else makes it visible (issuer region, units). */
	record Row(long id, String region, String other, Set<Long> units) {
	}

	/** A kind of record: how to draw some, how a user reads one, and when the user may see it. */
	record Kind(String name, String sample, Permission right, BiFunction<Long, CurrentUser, Object> read,
			BiPredicate<CurrentUser, Row> visible) {
	}

	private List<Kind> kinds() {
		BiPredicate<CurrentUser, Row> inScope = (user, row) -> user.covers(row.region());
		// a plan directs the offices below its issuer too
		BiPredicate<CurrentUser, Row> onTheLine = (user, row) -> user.covers(row.region())
				|| user.regionCode().startsWith(row.region());
		return List.of(
				new Kind("plan", "select id, region_code, null, null from plans.work_plan", Permission.WORK_READ,
						(id, user) -> plans.find(id, user), onTheLine),
				new Kind("draft", "select id, owner_region, null, null from plans.draft", Permission.WORK_READ,
						(id, user) -> drafts.find(id, user), inScope),
				new Kind("task", """
						select t.id, t.region_code, t.issuer_region,
						  (select string_agg(u.unit_id::text, ',') from supervision.task_unit u where u.task_id = t.id)
						from supervision.task t""", Permission.WORK_READ, (id, user) -> tasks.find(id, user),
						(user, row) -> user.covers(row.region()) || user.covers(row.other())
								|| row.units().contains(user.unitId())),
				new Kind("bulletin", """
						select b.id, p.region_code, null, null from supervision.bulletin b
						join plans.work_plan p on p.id = b.plan_id""", Permission.WORK_READ,
						(id, user) -> bulletins.find(id, user), onTheLine),
				new Kind("materials", """
						select id, issuer_region, null, issuer_unit_id::text from supervision.materials_request""",
						Permission.WORK_READ, (id, user) -> materials.find(id, user),
						(user, row) -> user.covers(row.region()) || row.units().contains(user.unitId())),
				new Kind("dual list", "select id, region_code, null, null from duallist.dual_list", Permission.WORK_READ,
						(id, user) -> dualLists.list(id, user), inScope),
				new Kind("dual list entry", """
						select e.id, l.region_code, null, null from duallist.entry e
						join duallist.dual_list l on l.id = e.list_id""", Permission.WORK_READ,
						(id, user) -> dualLists.entry(id, user), inScope),
				new Kind("meeting", "select id, region_code, null, null from consultations.meeting", Permission.WORK_READ,
						(id, user) -> meetings.meeting(id, user), inScope),
				new Kind("campaign", "select id, region_code, null, null from modelcity.campaign", Permission.WORK_READ,
						(id, user) -> campaigns.find(id, user), inScope),
				new Kind("person", "select id, region_code, null, null from beneficiaries.person",
						Permission.PERSONAL_DATA_READ, (id, user) -> registry.person(id, user), inScope));
	}

	@Test
	void noReadFindsARecordOutsideTheUsersScope() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<CurrentUser> users = users(random, 40);
		List<Kind> kinds = kinds();
		List<List<Row>> rows = kinds.stream().map(kind -> sample(kind, random, 40)).toList();
		int pairs = 0;
		int read = 0;
		int refused = 0;
		List<String> wrong = new ArrayList<>();
		while (pairs < PAIRS) {
			int k = random.nextInt(kinds.size());
			if (rows.get(k).isEmpty()) {
				continue;
			}
			Kind kind = kinds.get(k);
			Row row = rows.get(k).get(random.nextInt(rows.get(k).size()));
			CurrentUser user = users.get(random.nextInt(users.size()));
			boolean visible = kind.visible().test(user, row);
			String outcome;
			try {
				kind.read().apply(row.id(), user);
				outcome = "read";
				read++;
			}
			catch (NotFoundException e) {
				outcome = "404";
			}
			catch (AccessDeniedException e) {
				outcome = "403";
				refused++;
			}
			String expected = !visible ? "404" : user.can(kind.right()) ? "read" : "403";
			if (!outcome.equals(expected)) {
				wrong.add(kind.name() + " " + row + " for " + describe(user) + ": " + outcome + ", expected " + expected);
			}
			pairs++;
		}
		assertThat(wrong).as("seed " + seed).isEmpty();
		// the draw reaches both sides of the rule
		assertThat(read).as("pairs read").isGreaterThan(PAIRS / 20);
		assertThat(refused).as("pairs refused for want of the right").isGreaterThan(PAIRS / 50);
		// the demo data holds records of every kind but bulletins and materials requests, which tests make themselves
		for (int k = 0; k < kinds.size(); k++) {
			if (!List.of("bulletin", "materials").contains(kinds.get(k).name())) {
				assertThat(rows.get(k)).as(kinds.get(k).name()).isNotEmpty();
			}
		}
	}

	@Test
	void everyListHoldsOnlyRecordsInTheUsersScope() {
		Random random = new Random();
		Paging all = new Paging(0, Paging.MAX_SIZE);
		for (CurrentUser user : users(random, 15)) {
			listed(user, Permission.WORK_READ, () -> plans.page(all, user).content().forEach(p -> assertThat(
					user.covers(p.regionCode()) || user.regionCode().startsWith(p.regionCode())).as(p.toString()).isTrue()));
			listed(user, Permission.WORK_READ, () -> drafts.open(user)
				.forEach(d -> assertThat(user.covers(d.ownerRegion())).isTrue()));
			listed(user, Permission.WORK_READ, () -> dualLists.lists(null, null, all, user).content()
				.forEach(l -> assertThat(user.covers(l.regionCode())).isTrue()));
			listed(user, Permission.WORK_READ, () -> meetings.meetings(all, user).content()
				.forEach(m -> assertThat(user.covers(m.regionCode())).isTrue()));
			listed(user, Permission.WORK_READ, () -> campaigns.page(null, all, user).content()
				.forEach(c -> assertThat(user.covers(c.regionCode())).isTrue()));
			listed(user, Permission.WORK_READ, () -> tasks.search(new Tasks.TaskFilter(null, null, null), user)
				.forEach(t -> assertThat(user.covers(t.regionCode()) || user.covers(t.issuerRegion())
						|| t.leadUnits().stream().anyMatch(u -> u.id() == user.unitId())
						|| jdbc.sql("select count(*) from supervision.task_unit where task_id = :t and unit_id = :u")
							.param("t", t.id()).param("u", user.unitId()).query(Long.class).single() > 0)
					.as(t.toString()).isTrue()));
			listed(user, Permission.PERSONAL_DATA_READ, () -> beneficiaries.search(BeneficiaryFilter.all(), new Paging(1, 100), user)
				.content().forEach(p -> assertThat(user.covers(p.regionCode())).isTrue()));
		}
	}

	/** A list answers 403 without the right to read, and otherwise only what the check finds in scope. */
	private static void listed(CurrentUser user, Permission right, Runnable check) {
		if (user.can(right)) {
			check.run();
		}
		else {
			org.assertj.core.api.Assertions.assertThatThrownBy(check::run).isInstanceOf(AccessDeniedException.class);
		}
	}

	/** The demo accounts, and accounts of every role at units drawn from the whole directory. */
	private List<CurrentUser> users(Random random, int drawn) {
		List<CurrentUser> users = new ArrayList<>();
		for (String name : List.of("yunnan", "chuxiong", "lufeng", "zhan", "xuanchuan", "junfenqu", "lingdao",
				"lufengadmin", "admin", "secadmin", "auditor")) {
			users.add(demo.signedIn(name));
		}
		record Place(long unitId, String region) {
		}
		List<Place> units = jdbc.sql("select id, region_code from directory.unit order by id")
			.query((rs, n) -> new Place(rs.getLong(1), rs.getString(2))).list();
		// the units that tasks and plans name, so that involvement is drawn too, and any unit of the directory
		List<Long> involved = jdbc.sql("select distinct unit_id from supervision.task_unit").query(Long.class).list();
		for (int i = 0; i < drawn; i++) {
			Place place = units.get(random.nextInt(units.size()));
			if (i % 2 == 0 && !involved.isEmpty()) {
				long unit = involved.get(random.nextInt(involved.size()));
				place = units.stream().filter(u -> u.unitId() == unit).findFirst().orElse(place);
			}
			Role role = Role.values()[random.nextInt(Role.values().length)];
			users.add(new SystemActor("drawn-" + i + "-" + role, place.unitId(), place.region(), role.permissions()));
		}
		return users;
	}

	private List<Row> sample(Kind kind, Random random, int size) {
		List<Row> all = jdbc.sql(kind.sample()).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2),
				rs.getString(3), units(rs.getString(4)))).list();
		List<Row> drawn = new ArrayList<>(all);
		java.util.Collections.shuffle(drawn, random);
		return drawn.subList(0, Math.min(size, drawn.size()));
	}

	private static Set<Long> units(String list) {
		Set<Long> units = new HashSet<>();
		if (list != null) {
			Arrays.stream(list.split(",")).map(Long::valueOf).forEach(units::add);
		}
		return units;
	}

	private static String describe(CurrentUser user) {
		return user.getUsername() + " (unit " + user.unitId() + ", " + user.regionCode() + ")";
	}
}

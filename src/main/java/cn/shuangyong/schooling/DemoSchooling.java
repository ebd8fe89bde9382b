package cn.shuangyong.schooling;

import java.time.LocalDate;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, a dozen school applications of 楚雄州 for the autumn 2020 term (and one for spring 2021): most
 * admitted, one refused and admitted on review, one refused and under review, one still undecided after term began
 * (red). Children's names and ID numbers are made up; made through the same service the pages use.
 */
@Component
class DemoSchooling implements DemoSeeder {

	private static final Term AUTUMN = new Term(2020, Term.Season.AUTUMN);

	private final Directory directory;

	private final SchoolPlaces places;

	private final ApplicationStore store;

	DemoSchooling(Directory directory, SchoolPlaces places, ApplicationStore store) {
		this.directory = directory;
		this.places = places;
		this.store = store;
	}

	@Override
	public String name() {
		return "schooling";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		Unit district = unit("military:5323");
		Unit lufengArmed = unit("military:532302");
		SystemActor liaison = actor(district, Permission.WORK_EDIT, Permission.WORK_READ);
		SystemActor office = actor(unit("office:5323"), Permission.PLANS_PUBLISH, Permission.WORK_EDIT,
				Permission.WORK_READ, Permission.PERSONAL_DATA_READ);
		SystemActor prefecture = actor(unit("education:5323"), Permission.WORK_EDIT, Permission.WORK_READ);

		admitted(apply(liaison, "李子涵", "532301201206110328", Stage.PRIMARY, Basis.SERVICE, district, "532301",
				"楚雄市鹿鸣小学", "军人证件复印件、户口簿、部队证明", AUTUMN, 6, 15), "楚雄市鹿鸣小学", 7, 2);
		admitted(apply(liaison, "王若溪", "532302200904150142", Stage.JUNIOR, Basis.SERVICE, district, "532301",
				"楚雄市青峰中学", "军人证件复印件、部队证明", AUTUMN, 6, 20), "楚雄市青峰中学", 7, 6);
		admitted(apply(office, "张沐阳", "532301201708220252", Stage.KINDERGARTEN, Basis.SERVICE, lufengArmed, "532302",
				"禄丰市金山幼儿园", "人武部证明、户口簿", AUTUMN, 7, 1), "禄丰市金山幼儿园", 7, 15);
		admitted(apply(office, "刘思远", "532301200610050182", Stage.SENIOR, Basis.MARTYR, null, "532301",
				"楚雄市鹿城高级中学", "烈士证明书、户口簿", AUTUMN, 6, 28), "楚雄市鹿城高级中学", 7, 10);
		admitted(apply(office, "陈雨桐", "532325201402280237", Stage.PRIMARY, Basis.DIED_ON_DUTY, null, "532325",
				"姚安县栋川小学", "因公牺牲军人证明书", AUTUMN, 7, 3), "姚安县栋川小学", 7, 20);
		admitted(apply(liaison, "赵一鸣", "532301201007280930", Stage.SENIOR, Basis.HARDSHIP, district, "532301",
				"楚雄市鹿城高级中学", "部队证明（驻艰苦边远地区）", AUTUMN, 7, 5), "楚雄市鹿城高级中学", 7, 22);
		admitted(apply(liaison, "周可欣", "532301201507160361", Stage.KINDERGARTEN, Basis.MARTYR, district, "532301",
				"楚雄市鹿鸣幼儿园", "烈士证明书", AUTUMN, 7, 8), "楚雄市鹿鸣幼儿园", 7, 24);
		admitted(apply(office, "吴浩然", "532301201112190590", Stage.JUNIOR, Basis.DIED_OF_ILLNESS, null, "532301",
				"楚雄市青峰中学", "病故军人证明书", AUTUMN, 7, 10), "楚雄市青峰中学", 7, 28);

		long reviewed = apply(liaison, "黄梓轩", "532326201303120816", Stage.PRIMARY, Basis.SERVICE, district, "532326",
				"大姚县金碧小学", "军人证件复印件", AUTUMN, 7, 12);
		refused(reviewed, "意向学校学位已满", 7, 30);
		places.askReview(reviewed, version(reviewed), "家庭居住地在该校划片范围内，请求复核", LocalDate.of(2020, 8, 3),
				liaison);
		places.review(reviewed, version(reviewed), true, "大姚县金碧小学", null, LocalDate.of(2020, 8, 18), prefecture);

		long underReview = apply(liaison, "孙佳怡", "532301201305070616", Stage.PRIMARY, Basis.SERVICE, district, "532301",
				"楚雄市鹿鸣小学", "军人证件复印件、部队证明", AUTUMN, 8, 3);
		refused(underReview, "户籍不在本市，部队驻地证明不全", 8, 20);
		places.askReview(underReview, version(underReview), "已补交部队驻地证明", LocalDate.of(2020, 9, 22), liaison);

		apply(office, "马俊杰", "53230220150221104X", Stage.JUNIOR, Basis.SERVICE, lufengArmed, "532302",
				"禄丰市第一中学", "人武部证明", AUTUMN, 8, 20);
		apply(liaison, "杨雨涵", "532326201409190724", Stage.PRIMARY, Basis.SERVICE, district, "532301", "楚雄市鹿鸣小学",
				"军人证件复印件", new Term(2021, Term.Season.SPRING), 9, 25);
		places.openMissingTasks();
	}

	private long apply(SystemActor by, String name, String id, Stage stage, Basis basis, Unit soldierUnit, String county,
			String school, String documents, Term term, int month, int day) {
		return places.apply(new NewApplication(name, new IdNumber(id), stage, basis,
				soldierUnit == null ? null : soldierUnit.id().value(), county, school, documents, term),
				LocalDate.of(2020, month, day), by);
	}

	private void admitted(long id, String school, int month, int day) {
		places.decide(id, version(id), true, school, null, LocalDate.of(2020, month, day), county(id));
	}

	private void refused(long id, String reasons, int month, int day) {
		places.decide(id, version(id), false, null, reasons, LocalDate.of(2020, month, day), county(id));
	}

	/** The county 教育局 that decides this application. */
	private SystemActor county(long id) {
		ApplicationStore.Row row = store.find(id).orElseThrow();
		Unit bureau = directory.unit(new cn.shuangyong.directory.UnitId(row.assignedUnitId())).orElseThrow();
		return actor(bureau, Permission.WORK_EDIT, Permission.WORK_READ);
	}

	private int version(long id) {
		return store.find(id).orElseThrow().version();
	}

	private static SystemActor actor(Unit unit, Permission... permissions) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(), Set.of(permissions));
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}
}

package cn.shuangyong.employment;

import java.time.LocalDate;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.PhoneNumber;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, 楚雄州's spouse employment of 2020: the 八一 job fair with its posts and 楚雄市's spring fair,
 * set-aside and state-owned posts, and a dozen cases at every stage, most filed by 楚雄军分区: two placed after
 * interview, one self-employed, one in training, one in a public-welfare post, one offered, one interviewed, one
 * declined before the interview, three waiting and one overdue. Each case is a supervision task of 楚雄州人社局. Names, ID numbers
 * and phones are made up; made through the same services the pages use.
 */
@Component
class DemoEmployment implements DemoSeeder {

	private final Directory directory;

	private final SpouseEmployment employment;

	private final JobFairs jobFairs;

	private final NeedStore needs;

	DemoEmployment(Directory directory, SpouseEmployment employment, JobFairs jobFairs, NeedStore needs) {
		this.directory = directory;
		this.employment = employment;
		this.jobFairs = jobFairs;
		this.needs = needs;
	}

	@Override
	public String name() {
		return "employment";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		Unit district = unit("military:5323");
		Unit armedForces = unit("military:532301");
		Unit office = unit("office:5323");
		Unit hrss = unit("human-resources:5323");
		SystemActor liaison = actor(district, Permission.WORK_EDIT, Permission.WORK_READ);
		SystemActor officer = actor(office, Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ,
				Permission.PERSONAL_DATA_READ);
		SystemActor department = actor(hrss, Permission.WORK_EDIT, Permission.WORK_READ);

		long fair = jobFairs.hold(new NewFair("楚雄州2020年“八一”随军家属专场招聘会", LocalDate.of(2020, 7, 31), true,
				"楚雄州人力资源市场", "5323", 46), department);
		long service = jobFairs.offer(new NewPost(PostKind.SET_ASIDE, "综合服务岗", unit("centre:5323").id().value(),
				null, Education.BACHELOR, WorkKind.ADMINISTRATION, 1, "5323", null), department);
		long teacher = jobFairs.offer(new NewPost(PostKind.SET_ASIDE, "小学语文教师", unit("education:532301").id().value(),
				null, Education.BACHELOR, WorkKind.EDUCATION, 2, "532301", null), department);
		long clerk = jobFairs.offer(new NewPost(PostKind.STATE_OWNED, "工程资料员", unit("yn-soe-construction").id().value(),
				null, Education.COLLEGE, WorkKind.ADMINISTRATION, 2, "5323", fair), department);
		long toll = jobFairs.offer(new NewPost(PostKind.STATE_OWNED, "收费站收费员", unit("yn-soe-transport").id().value(),
				null, Education.SENIOR, WorkKind.SERVICES, 3, "532301", fair), department);
		long cashier = jobFairs.offer(new NewPost(PostKind.PRIVATE, "门店收银员", null, "鹿城示例商贸有限公司",
				Education.SENIOR, WorkKind.SERVICES, 4, "532301", fair), department);
		jobFairs.offer(new NewPost(PostKind.PRIVATE, "会计", null, "楚雄示例财务咨询有限公司", Education.COLLEGE,
				WorkKind.FINANCE, 1, "532301", fair), department);

		// A county's own fair in spring: the figure a model-city campaign of 楚雄市 reads for 2020.
		SystemActor cityDepartment = actor(unit("human-resources:532301"), Permission.WORK_EDIT, Permission.WORK_READ);
		jobFairs.hold(new NewFair("楚雄市2020年春季随军家属专场招聘会", LocalDate.of(2020, 4, 18), false, "楚雄市人才市场",
				"532301", 28), cityDepartment);

		long placed = register(liaison, "王丽娟", "532301199003140420", "13908781201", district, Education.BACHELOR,
				"小学教师资格证，从教五年", WorkKind.EDUCATION, "532301", LocalDate.of(2020, 2, 20), LocalDate.of(2020, 3, 2));
		employment.confirm(placed, version(placed), teacher, LocalDate.of(2020, 3, 20), officer);
		employment.record(placed, version(placed), MatchStep.OFFER, LocalDate.of(2020, 3, 25), "推荐至楚雄市教育体育局",
				department);
		employment.record(placed, version(placed), MatchStep.INTERVIEW, LocalDate.of(2020, 4, 28), null, department);
		employment.record(placed, version(placed), MatchStep.HIRED, LocalDate.of(2020, 5, 20), "试讲合格，录用", department);

		long selfEmployed = register(liaison, "张晓燕", "53230119920817064X", "13908781202", district, Education.COLLEGE,
				"电子商务", WorkKind.SERVICES, "532301", LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 15));
		employment.close(selfEmployed, version(selfEmployed), Outcome.SELF_EMPLOYED, LocalDate.of(2020, 6, 30),
				"自办网店，享受创业扶持政策", department);

		long overdue = register(officer, "陈玉芬", "532302198805210226", null, armedForces, Education.SENIOR, "收银、仓储管理",
				WorkKind.SERVICES, "532301", LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 10));
		employment.confirm(overdue, version(overdue), cashier, LocalDate.of(2020, 8, 3), officer);
		employment.record(overdue, version(overdue), MatchStep.OFFER, LocalDate.of(2020, 8, 5), null, department);
		employment.record(overdue, version(overdue), MatchStep.INTERVIEW, LocalDate.of(2020, 8, 12), null, department);
		employment.record(overdue, version(overdue), MatchStep.NOT_HIRED, LocalDate.of(2020, 8, 20), "工作时间不便照顾子女",
				department);

		long offered = register(liaison, "刘海霞", "532325199301090469", "13908781204", district, Education.SENIOR,
				"持C1驾驶证", WorkKind.SERVICES, "532301", LocalDate.of(2020, 7, 10), LocalDate.of(2020, 8, 5));
		employment.confirm(offered, version(offered), toll, LocalDate.of(2020, 9, 8), officer);
		employment.record(offered, version(offered), MatchStep.OFFER, LocalDate.of(2020, 9, 10), null, department);

		register(liaison, "杨桂英", "532301199106200887", "13908781205", district, Education.BACHELOR, "会计从业经历三年",
				WorkKind.FINANCE, "5323", LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 10));

		long training = register(liaison, "赵敏", "532326199403020281", "13908781206", district, Education.JUNIOR, null,
				WorkKind.OTHER, "532301", LocalDate.of(2020, 6, 20), LocalDate.of(2020, 7, 20));
		employment.close(training, version(training), Outcome.TRAINING, LocalDate.of(2020, 9, 15),
				"参加家政服务技能培训", department);

		long welfare = register(officer, "周艳", "532301198911300448", null, armedForces, Education.JUNIOR, null,
				WorkKind.OTHER, "532301", LocalDate.of(2020, 5, 10), LocalDate.of(2020, 6, 1));
		employment.close(welfare, version(welfare), Outcome.PUBLIC_WELFARE, LocalDate.of(2020, 8, 20),
				"安排社区公益性岗位", department);

		moreCases(liaison, officer, department, district, armedForces, service, clerk);
		employment.openMissingTasks();
	}

	/** The second half of the dozen: a placement at the fair's post, one interviewed, one declined, two waiting. */
	private void moreCases(SystemActor liaison, SystemActor officer, SystemActor department, Unit district,
			Unit armedForces, long service, long clerk) {
		long clerkHired = register(liaison, "李春梅", "532301199503120522", "13908781207", district, Education.COLLEGE,
				"建筑工程资料管理", WorkKind.ADMINISTRATION, "5323", LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 10));
		employment.confirm(clerkHired, version(clerkHired), clerk, LocalDate.of(2020, 7, 31), officer);
		employment.record(clerkHired, version(clerkHired), MatchStep.OFFER, LocalDate.of(2020, 8, 3), null, department);
		employment.record(clerkHired, version(clerkHired), MatchStep.INTERVIEW, LocalDate.of(2020, 8, 10), null,
				department);
		employment.record(clerkHired, version(clerkHired), MatchStep.HIRED, LocalDate.of(2020, 8, 24), "八一招聘会现场签约",
				department);

		long interviewed = register(liaison, "黄丽萍", "53232219900705082X", "13908781208", district, Education.BACHELOR,
				"行政文秘", WorkKind.ADMINISTRATION, "532301", LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 15));
		employment.confirm(interviewed, version(interviewed), service, LocalDate.of(2020, 9, 1), officer);
		employment.record(interviewed, version(interviewed), MatchStep.OFFER, LocalDate.of(2020, 9, 3), null, department);
		employment.record(interviewed, version(interviewed), MatchStep.INTERVIEW, LocalDate.of(2020, 9, 21), null,
				department);

		long declined = register(officer, "吴秀兰", "532301198704180623", null, armedForces, Education.COLLEGE, "出纳",
				WorkKind.ADMINISTRATION, "532301", LocalDate.of(2020, 4, 20), LocalDate.of(2020, 5, 6));
		employment.confirm(declined, version(declined), clerk, LocalDate.of(2020, 8, 5), officer);
		employment.record(declined, version(declined), MatchStep.DECLINED, LocalDate.of(2020, 8, 12), "岗位需常驻工地，家属放弃",
				department);

		register(officer, "何静", "532325199611220441", null, armedForces, Education.BACHELOR, "护士执业证",
				WorkKind.HEALTH, "532301", LocalDate.of(2020, 9, 5), LocalDate.of(2020, 9, 18));
		register(liaison, "段雪梅", "532301199302270866", "13908781211", district, Education.SENIOR, "餐饮服务",
				WorkKind.SERVICES, "532325", LocalDate.of(2020, 8, 28), LocalDate.of(2020, 9, 25));
	}

	private long register(SystemActor by, String name, String id, String phone, Unit soldierUnit, Education education,
			String skills, WorkKind work, String region, LocalDate arrived, LocalDate registered) {
		return employment.register(new NewNeed(name, new IdNumber(id), phone == null ? null : new PhoneNumber(phone),
				soldierUnit.id().value(), education, skills, work, region, arrived), registered, by);
	}

	private int version(long id) {
		return needs.find(id).orElseThrow().version();
	}

	private static SystemActor actor(Unit unit, Permission... permissions) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(), Set.of(permissions));
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}
}

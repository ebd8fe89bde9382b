package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import cn.shuangyong.supervision.TaskWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the province's 2020 campaign over five places in 楚雄州 (a railway station, a coach station, two
 * hospitals, a bank branch, by generic names): self-checks answered, three places drawn with a recorded seed and two
 * added by hand, and six findings by 楚雄州's inspectors: three passed, one put right and signed off, and two still
 * open, one of them past its day (red). Made through the same services the pages use.
 */
@Component
class DemoPriority implements DemoSeeder {

	private static final LocalDate STARTS = LocalDate.of(2020, 6, 1);

	private final Directory directory;

	private final Inspections inspections;

	private final Checklists checklists;

	private final TaskWork work;

	private final JdbcClient jdbc;

	DemoPriority(Directory directory, Inspections inspections, Checklists checklists, TaskWork work, JdbcClient jdbc) {
		this.directory = directory;
		this.inspections = inspections;
		this.checklists = checklists;
		this.work = work;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "priority";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		Unit province = unit("yn-office");
		Unit transport = unit("transport:5323");
		Unit health = unit("health:5323");
		Unit finance = unit("finance:5323");
		Unit lufengHealth = unit("health:532302");
		SystemActor provinceOffice = actor(province, Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ);
		SystemActor chuxiong = actor(unit("office:5323"), Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ);
		long station = place(provinceOffice, "楚雄某火车站", Sector.RAILWAY, "532301", transport);
		long coach = place(provinceOffice, "楚雄某汽车客运站", Sector.COACH, "532301", transport);
		long hospital = place(provinceOffice, "楚雄州某人民医院", Sector.HOSPITAL, "532301", health);
		long bank = place(provinceOffice, "楚雄某银行支行", Sector.BANK, "532301", finance);
		long lufengHospital = place(provinceOffice, "禄丰某医院", Sector.HOSPITAL, "532302", lufengHealth);
		long campaign = inspections.openCampaign(new NewCampaign(2020, "2020年军人依法优先落实情况检查", STARTS,
				LocalDate.of(2020, 7, 31)), provinceOffice);

		answerAll(campaign, station, Sector.RAILWAY, transport);
		answerAll(campaign, coach, Sector.COACH, transport);
		answerAll(campaign, hospital, Sector.HOSPITAL, health);
		answerAll(campaign, bank, Sector.BANK, finance);

		inspections.advance(campaign, CampaignPhase.SPOT_CHECK, inspections.campaign(campaign, provinceOffice).version(),
				provinceOffice);
		inspections.draw(campaign, 3, 20200801L, provinceOffice);
		List<Long> drawn = jdbc.sql("select place_id from priority.campaign_place where campaign_id = ? and spot_chosen is null")
			.param(campaign).query(Long.class).list();
		inspections.chooseByHand(campaign, drawn, provinceOffice);

		List<ChecklistItem> rail = items(Sector.RAILWAY);
		List<ChecklistItem> coaches = items(Sector.COACH);
		List<ChecklistItem> hospitals = items(Sector.HOSPITAL);
		inspections.recordFinding(campaign, new NewFinding(station, rail.get(0).id(), true, "售票窗口设有军人优先标识，现场查验有效证件后优先售票。",
				LocalDate.of(2020, 8, 18), null), chuxiong);
		inspections.recordFinding(campaign, new NewFinding(station, rail.get(2).id(), false,
				"进站口工作人员不了解随行家属同享优先的做法，要求出示亲属关系证明。", LocalDate.of(2020, 8, 18),
				LocalDate.of(2020, 9, 15)), chuxiong);
		inspections.recordFinding(campaign, new NewFinding(coach, coaches.get(1).id(), false,
				"售票系统未设置残疾军人半价票种，需人工退差价。", LocalDate.of(2020, 8, 19), LocalDate.of(2020, 10, 31)),
				chuxiong);
		inspections.recordFinding(campaign, new NewFinding(bank, items(Sector.BANK).get(0).id(), true,
				"营业厅设有军人优先服务窗口。", LocalDate.of(2020, 8, 20), null), chuxiong);
		inspections.recordFinding(campaign, new NewFinding(hospital, hospitals.get(0).id(), true,
				"门诊挂号处设有军人优先窗口，现场有引导。", LocalDate.of(2020, 8, 20), null), chuxiong);
		long signs = inspections.recordFinding(campaign, new NewFinding(hospital, hospitals.get(1).id(), false,
				"住院部收费处未设军人优先标识。", LocalDate.of(2020, 8, 20), LocalDate.of(2020, 9, 20)), chuxiong);

		// 医院标识: put right, reported by 州卫健委 and signed off by 楚雄州双拥办 after its re-check
		long task = jdbc.sql("select task_id from priority.finding where id = ?").param(signs).query(Long.class).single();
		SystemActor healthActor = actor(health, Permission.WORK_EDIT, Permission.WORK_READ);
		work.signFor(task, healthActor);
		work.report(task, "已在住院部收费处增设军人优先标识和提示牌，并对收费人员进行了培训。", healthActor);
		work.submit(task, healthActor);
		work.signOff(task, chuxiong);
	}

	private long place(SystemActor office, String name, Sector sector, String region, Unit department) {
		return inspections.addPlace(new NewPlace(name, sector, region, department.id().value(), null), office);
	}

	private void answerAll(long campaign, long place, Sector sector, Unit department) {
		List<SelfCheckAnswer> answers = items(sector).stream()
			.map(i -> new SelfCheckAnswer(i.id(), true, null)).toList();
		inspections.answerSelfCheck(campaign, place, answers, actor(department, Permission.WORK_EDIT, Permission.WORK_READ));
	}

	private List<ChecklistItem> items(Sector sector) {
		return checklists.inForce(sector, STARTS).orElseThrow().items();
	}

	private static SystemActor actor(Unit unit, Permission... permissions) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(), Set.of(permissions));
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}
}

package cn.shuangyong.cases;

import java.time.LocalDate;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, twenty grievance cases of 楚雄州 at every stage, registered by the 州信访局, the 禄丰 office and eight
 * other county offices: waiting to be accepted (one past its limit), refused, being handled (extended, past its limit,
 * or with its progress), two 攻坚 cases each led by a leader, answered and waiting for the call-back, closed satisfied
 * or basically satisfied, a repeat petition linked to its first case, and one reopened after 不满意 and reviewed by
 * 楚雄州. Every case is made up, people by surname and 某 only, and no case involves 省委宣传部. Made through the same
 * service the pages use.
 */
@Component
class DemoCases implements DemoSeeder {

	private final Directory directory;

	private final Grievances grievances;

	DemoCases(Directory directory, Grievances grievances) {
		this.directory = directory;
		this.grievances = grievances;
	}

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		SystemActor petitions = actor("petitions:5323", false);
		SystemActor lufeng = actor("office:532302", true);
		SystemActor chuxiong = actor("office:5323", true);
		SystemActor veterans = actor("veterans:5323", false);
		SystemActor health = actor("health:5323", false);
		SystemActor hrss = actor("human-resources:5323", false);
		SystemActor lufengVeterans = actor("veterans:532302", false);

		register(petitions, "PETITION", "TREATMENT", "反映2019年度定期生活补助未足额发放，要求核实补发。", "李某华", null,
				"2020-09-25", null);
		register(petitions, "HOTLINE", "MEDICAL", "12345热线转办：反映在州内医院就医未享受优先挂号服务。", "张某", null, "2020-09-01", null);
		long refused = register(petitions, "LETTER", "OTHER", "来信要求解决其亲属与邻居的宅基地纠纷。", "王某", null, "2020-08-20", null);
		grievances.refuse(refused, 0, "所反映宅基地纠纷不属于退役军人事务部门职责，已告知其向所在乡镇人民政府申请调解。",
				LocalDate.of(2020, 8, 25), petitions);

		long handling = register(petitions, "VISIT", "PLACEMENT", "2019年退役士兵反映安置岗位尚未落实。", "杨某军", null,
				"2020-08-10", null);
		grievances.accept(handling, 0, unitId(hrss), LocalDate.of(2020, 8, 14), petitions);
		grievances.extend(handling, 1, LocalDate.of(2020, 11, 12), "需等待年度事业单位招聘计划批复后统筹安排。", petitions);
		long late = register(petitions, "PETITION", "HOUSING", "反映农村危房改造申请未纳入优先安排。", "普某", null, "2020-06-15", null);
		grievances.accept(late, 0, unitId(veterans), LocalDate.of(2020, 6, 20), petitions);

		long tough = register(petitions, "PETITION", "HISTORICAL", "参战退役人员反映部分参战经历未记入档案，影响待遇认定，多次上访。", "罗某明",
				"532301196503151237", "2020-07-06", "州人民政府分管副州长");
		grievances.accept(tough, 0, unitId(veterans), LocalDate.of(2020, 7, 10), petitions);
		grievances.progress(tough, "7月：已调取原部队档案复印件，正在与军分区核对参战名册。", veterans);
		grievances.progress(tough, "8月：军分区已出具核查意见，待州退役军人事务局集体研究。", veterans);
		register(petitions, "PETITION", "HISTORICAL", "再次来访，反映参战经历未记入档案问题尚无结果。", "罗某明", "532301196503151237",
				"2020-09-15", null);
		long tough2 = register(petitions, "INSTRUCTION", "MEDICAL", "领导批示：伤残军人反映旧伤复发医疗费用报销困难。", "杞某", null,
				"2020-08-03", null);
		grievances.lead(tough2, 0, "州卫生健康委员会主任", petitions);
		grievances.accept(tough2, 1, unitId(health), LocalDate.of(2020, 8, 5), petitions);

		long answered = register(petitions, "HOTLINE", "TREATMENT", "反映光荣牌悬挂后家庭信息有误。", "赵某", null, "2020-08-28", null);
		grievances.accept(answered, 0, unitId(veterans), LocalDate.of(2020, 8, 31), petitions);
		grievances.resolve(answered, 1, "已核实更正家庭信息，并重新制作悬挂光荣牌。", LocalDate.of(2020, 9, 22), veterans);

		long closed = register(petitions, "VISIT", "PLACEMENT", "随军家属反映就业帮扶需求。", "陈某", null, "2020-07-20", null);
		grievances.accept(closed, 0, unitId(hrss), LocalDate.of(2020, 7, 22), petitions);
		grievances.resolve(closed, 1, "已推荐至州内两家企业面试，9月初入职。", LocalDate.of(2020, 9, 5), hrss);
		grievances.close(closed, 2, Satisfaction.SATISFIED, "回访本人表示满意，同意结案。", LocalDate.of(2020, 9, 8), petitions);

		long reopened = register(lufeng, "PETITION", "TREATMENT", "烈士遗属反映定期抚恤金标准调整后未按新标准发放。", "施某",
				"532302195808222042", "2020-07-01", null);
		grievances.accept(reopened, 0, unitId(lufengVeterans), LocalDate.of(2020, 7, 3), lufeng);
		grievances.resolve(reopened, 1, "经核查，抚恤金已按新标准自7月起发放，1-6月差额因资金未到位暂未补发。",
				LocalDate.of(2020, 8, 20), lufengVeterans);
		grievances.close(reopened, 2, Satisfaction.UNSATISFIED, "回访本人对差额未补发不满意，报州双拥办复查。",
				LocalDate.of(2020, 8, 25), lufeng);
		grievances.review(reopened, 3, "经复查，差额已列入州级资金9月拨付计划，由禄丰市于9月底前补发到位，复查结案。",
				LocalDate.of(2020, 9, 10), chuxiong);
		counties();
	}

	/** Nine cases of the other counties, each registered by the county's office and handled by its 退役军人事务局. */
	private void counties() {
		SystemActor shuangbai = actor("office:532322", true);
		register(shuangbai, "LETTER", "HOUSING", "来信反映退役军人住房困难，申请纳入公租房保障。", "郎某", null, "2020-09-24", null);

		SystemActor nanhua = actor("office:532324", true);
		long nanhuaCase = register(nanhua, "HOTLINE", "MEDICAL", "12345热线转办：反映优抚对象医疗补助报销周期过长。", "鲁某", null,
				"2020-09-04", null);
		grievances.accept(nanhuaCase, 0, unitId(actor("veterans:532324", false)), LocalDate.of(2020, 9, 10), nanhua);

		SystemActor dayao = actor("office:532326", true);
		SystemActor dayaoVeterans = actor("veterans:532326", false);
		long dayaoCase = register(dayao, "VISIT", "TREATMENT", "来访反映义务兵家庭优待金发放时间晚于往年。", "毕某", null, "2020-08-17",
				null);
		grievances.accept(dayaoCase, 0, unitId(dayaoVeterans), LocalDate.of(2020, 8, 19), dayao);
		grievances.resolve(dayaoCase, 1, "经核实系县财政拨付延迟，优待金已于9月25日发放到位。", LocalDate.of(2020, 9, 26), dayaoVeterans);

		SystemActor yuanmou = actor("office:532328", true);
		SystemActor yuanmouVeterans = actor("veterans:532328", false);
		long yuanmouCase = register(yuanmou, "PETITION", "PLACEMENT", "退役士兵反映自主就业一次性经济补助未足额领取。", "起某", null,
				"2020-06-08", null);
		grievances.accept(yuanmouCase, 0, unitId(yuanmouVeterans), LocalDate.of(2020, 6, 10), yuanmou);
		grievances.resolve(yuanmouCase, 1, "经核算补发差额，并告知地方经济补助发放标准。", LocalDate.of(2020, 7, 20), yuanmouVeterans);
		grievances.close(yuanmouCase, 2, Satisfaction.BASIC, "回访本人基本满意，对标准仍有意见，已作解释，同意结案。",
				LocalDate.of(2020, 7, 24), yuanmou);

		SystemActor wuding = actor("office:532329", true);
		long wudingCase = register(wuding, "LETTER", "OTHER", "来信要求为其子女办理异地高考加分。", "张某", null, "2020-08-03", null);
		grievances.refuse(wudingCase, 0, "所提事项不属于优抚政策范围，已告知向教育招生考试机构咨询。", LocalDate.of(2020, 8, 10), wuding);

		SystemActor yaoan = actor("office:532325", true);
		SystemActor yaoanVeterans = actor("veterans:532325", false);
		long yaoanCase = register(yaoan, "HOTLINE", "TREATMENT", "热线反映光荣之家牌匾未随户籍迁移更换。", "罗某", null, "2020-07-27", null);
		grievances.accept(yaoanCase, 0, unitId(yaoanVeterans), LocalDate.of(2020, 7, 28), yaoan);
		grievances.resolve(yaoanCase, 1, "已为其新住址重新悬挂光荣牌。", LocalDate.of(2020, 8, 12), yaoanVeterans);
		grievances.close(yaoanCase, 2, Satisfaction.SATISFIED, "回访本人满意，结案。", LocalDate.of(2020, 8, 14), yaoan);

		SystemActor yongren = actor("office:532327", true);
		long yongrenCase = register(yongren, "PETITION", "HISTORICAL", "原民兵反映参加支前工作经历的补助未认定。", "苏某", null,
				"2020-07-13", null);
		grievances.accept(yongrenCase, 0, unitId(actor("veterans:532327", false)), LocalDate.of(2020, 7, 15), yongren);
		grievances.extend(yongrenCase, 1, LocalDate.of(2020, 10, 10), "需向省级档案馆调阅当年支前人员名册。", yongren);

		SystemActor mouding = actor("office:532323", true);
		SystemActor moudingVeterans = actor("veterans:532323", false);
		long moudingCase = register(mouding, "INSTRUCTION", "HOUSING", "县领导批示：伤残退役军人反映危房改造进度缓慢。", "李某", null,
				"2020-08-18", null);
		grievances.accept(moudingCase, 0, unitId(moudingVeterans), LocalDate.of(2020, 8, 20), mouding);
		grievances.progress(moudingCase, "9月：已与住建部门会商，列入本年度第二批危房改造计划。", moudingVeterans);

		SystemActor chuxiongCity = actor("office:532301", true);
		SystemActor cityVeterans = actor("veterans:532301", false);
		long cityCase = register(chuxiongCity, "VISIT", "MEDICAL", "来访反映在市医院就诊未享受优先服务。", "普某", null, "2020-08-24",
				null);
		grievances.accept(cityCase, 0, unitId(cityVeterans), LocalDate.of(2020, 8, 25), chuxiongCity);
		grievances.resolve(cityCase, 1, "已约谈医院，设置军人优先窗口并对导诊人员培训。", LocalDate.of(2020, 9, 8), cityVeterans);
		grievances.close(cityCase, 2, Satisfaction.SATISFIED, "回访本人满意，结案。", LocalDate.of(2020, 9, 11), chuxiongCity);
	}

	private long register(SystemActor by, String source, String category, String summary, String person, String id,
			String receivedOn, String leader) {
		return grievances.register(NewCase.of(source, category, summary, person, id, null, LocalDate.parse(receivedOn),
				leader, LocalDate.of(2020, 9, 30)), by);
	}

	private long unitId(SystemActor actor) {
		return actor.unitId();
	}

	private SystemActor actor(String key, boolean office) {
		Unit unit = directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
		Set<Permission> permissions = office
				? Set.of(Permission.PLANS_PUBLISH, Permission.PERSONAL_DATA_READ, Permission.WORK_EDIT, Permission.WORK_READ)
				: Set.of(Permission.WORK_EDIT, Permission.WORK_READ);
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(), permissions);
	}
}

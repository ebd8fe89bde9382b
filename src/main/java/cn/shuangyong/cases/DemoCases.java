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
 * In demo mode, grievance cases of 楚雄州 at every stage, registered by the 州信访局 and the 禄丰 office: waiting to be
 * accepted (one past its limit), refused, being handled (one extended, one past its limit), two 攻坚 cases each led by
 * a leader, answered and waiting for the call-back, closed satisfied, a repeat petition linked to its first case, and
 * one reopened after 不满意 and reviewed by 楚雄州. People, numbers and events are made up. Made through the same
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

package cn.shuangyong.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the province's 2020 publicity toward item 4 (a research result, a public-service film and a
 * micro-video from every prefecture): each prefecture's office submits its works and the provincial office reviews
 * them, so that on 2020-09-30 most prefectures have met their quota, some are short, a few works wait for review and
 * one was returned; and three exemplars. Made through the same services the pages use.
 */
@Component
class DemoPublicity implements DemoSeeder {

	private final Directory directory;

	private final WorkPlans plans;

	private final Works works;

	private final WorkKinds kinds;

	private final Exemplars exemplars;

	private final Selections selections;

	DemoPublicity(Directory directory, WorkPlans plans, Works works, WorkKinds kinds, Exemplars exemplars,
			Selections selections) {
		this.selections = selections;
		this.kinds = kinds;
		this.exemplars = exemplars;
		this.directory = directory;
		this.plans = plans;
		this.works = works;
	}

	@Override
	public String name() {
		return "publicity";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts", "plan");
	}

	@Override
	public void seed() {
		Unit provinceOffice = unit("yn-office");
		SystemActor province = actor(provinceOffice);
		// the kinds of work, and the names of item 4's targets each counts for
		kinds.define("ARTICLE", "宣传报道", false, "", province);
		kinds.define("COLUMN", "宣传专栏", false, "", province);
		kinds.define("RESEARCH", "理论研究成果", false, "理论研究成果", province);
		kinds.define("FILM", "公益短片", true, "公益短片", province);
		kinds.define("MICRO_VIDEO", "微视频", true, "微视频", province);
		kinds.define("PHOTO_SET", "图片", false, "", province);
		var found = plans.visibleTo(province).stream()
			.filter(p -> p.regionCode().equals("53") && p.parentPlanId() == null).findFirst();
		if (found.isEmpty()) {
			// the demo plan was skipped (a test's own plans): kinds only, no works or exemplars
			return;
		}
		PlanSummary plan = found.get();
		PlanItem item4 = plans.items(plan.id()).stream().filter(i -> i.no().equals("4")).findFirst().orElseThrow();
		exemplars.record("最美退役军人", "李建华", "5323", 2020, "演示数据（虚构人物，非公布名单）",
				"退役后返乡创办核桃合作社，带动本村42户脱贫，常年组织退役军人志愿服务队参与森林防火。", province);
		exemplars.record("模范退役军人", "杨志明", "532302", 2019, "演示数据（虚构人物，非公布名单）",
				"在抗洪抢险中带领民兵转移群众300余人，获评模范退役军人。", province);
		exemplars.record("最美退役军人", "王秀英", "5301", 2020, "演示数据（虚构人物，非公布名单）",
				"退役女兵，在社区开办退役军人服务驿站，为军属提供就业和法律帮扶。", province);
		selectionInNotice();
		List<Region> prefectures = directory.children(RegionCode.of("53"));
		for (int i = 0; i < prefectures.size(); i++) {
			Region prefecture = prefectures.get(i);
			Unit office = unit("office:" + prefecture.code().value());
			SystemActor by = actor(office);
			String name = prefecture.shortName();
			// the pattern leaves some prefectures short of one kind or another on 2020-09-30
			submit("RESEARCH", name + "军民融合发展与双拥工作创新研究", "《云南双拥》", LocalDate.of(2020, 5, 10 + i),
					item4, office, by, province, i % 4 == 3 ? Outcome.NONE : Outcome.ACCEPT);
			submit("FILM", name + "双拥公益短片《军民鱼水情》", name + "广播电视台", LocalDate.of(2020, 7, 1 + i), item4,
					office, by, province, i % 3 == 2 ? Outcome.WAIT : Outcome.ACCEPT);
			long video = submit("MICRO_VIDEO", name + "微视频《最美退役军人在身边》", "“学习强国”云南学习平台",
					LocalDate.of(2020, 8, 1 + i), item4, office, by, province, i % 5 == 4 ? Outcome.RETURN : Outcome.ACCEPT);
			if (prefecture.code().value().equals("5323")) {
				works.sendUpward(video, 1, "全国双拥微视频展播", "入选全省推荐作品，待全国评审", province);
			}
		}
	}

	/**
	 * 楚雄州's 2020 最美退役军人 selection in its 公示 on 2020-09-30: two counties nominated, the office approved
	 * three and turned one down, and one objection came in and was answered. Made-up people, marked so.
	 */
	private void selectionInNotice() {
		SystemActor prefecture = actor(unit("office:5323"));
		List<Region> counties = directory.children(RegionCode.of("5323"));
		StringBuilder places = new StringBuilder();
		counties.forEach(c -> places.append(c.code().value()).append(":2,"));
		long id = selections.open("最美退役军人", 2020,
				"演示数据：在乡村振兴、基层治理、应急救援等方面事迹突出的退役军人；各县（市）推荐，州双拥办审核并公示 7 个工作日后命名。",
				places.toString(), prefecture);
		String made = "（演示数据（虚构人物，非公布名单））";
		Region first = counties.get(0);
		Region second = counties.get(1);
		SystemActor firstOffice = actor(unit("office:" + first.code().value()));
		SystemActor secondOffice = actor(unit("office:" + second.code().value()));
		selections.nominate(id, null, "张国荣", first.code().value(), "退役后扎根山区小学任教十二年，组织退役军人志愿服务队" + made,
				"县优秀教师", firstOffice);
		selections.nominate(id, null, "李春梅", first.code().value(), "退役女兵，创办农产品合作社带动62户增收" + made, "",
				firstOffice);
		selections.nominate(id, null, "杨光明", second.code().value(), "森林火灾扑救中带领民兵连续奋战三昼夜" + made,
				"州应急救援先进个人", secondOffice);
		selections.nominate(id, null, "赵文", second.code().value(), "退役后在社区开展法律援助" + made, "", secondOffice);
		for (var line : selections.detail(id, prefecture).nominees()) {
			boolean approve = !line.nominee().name().equals("赵文");
			selections.review(id, line.nominee().id(), 0, approve, approve ? null : "事迹材料不完整，本年度暂不推荐", prefecture);
		}
		int version = selections.detail(id, prefecture).selection().version();
		selections.openNotice(id, version, LocalDate.of(2020, 9, 25), LocalDate.of(2020, 10, 13), prefecture);
		long objection = selections.recordObjection(id, new cn.shuangyong.documents.publicnotice.ObjectionInput(
				LocalDate.of(2020, 9, 28), "匿名", "电话", "反映候选人杨光明所获荣誉年份有误" + made), prefecture);
		selections.answer(id, objection, new cn.shuangyong.documents.publicnotice.ObjectionAnswer(false,
				"经核对州应急管理局表彰文件，荣誉年份无误", "已电话答复：荣誉属实，年份无误"), prefecture);
	}

	private enum Outcome {
		NONE, WAIT, ACCEPT, RETURN
	}

	private long submit(String kind, String title, String medium, LocalDate on, PlanItem item, Unit author,
			SystemActor by, SystemActor reviewer, Outcome outcome) {
		if (outcome == Outcome.NONE) {
			return 0;
		}
		String link = "https://media.example.org/shuangyong/2020/" + author.regionCode().value() + "/"
				+ kind.toLowerCase(java.util.Locale.ROOT);
		long id = works.submit(new NewWork(kind, title, author.id().value(), medium, on, link, new WorkUpload(null, null),
				item.id()), by);
		if (outcome == Outcome.ACCEPT) {
			works.accept(id, 0, reviewer);
		}
		else if (outcome == Outcome.RETURN) {
			works.returnWork(id, 0, "作品时长超过3分钟，请按微视频展播要求剪辑后重新报送", reviewer);
		}
		return id;
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}

	private static SystemActor actor(Unit unit) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));
	}
}

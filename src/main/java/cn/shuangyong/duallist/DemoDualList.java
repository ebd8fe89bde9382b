package cn.shuangyong.duallist;

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
 * In demo mode, 楚雄州's 2020 double list on first start: needs and matters from 楚雄军分区 and from local units, at
 * every step of an entry's life (awaiting acceptance, in progress, done and rated), the list itself in follow-up.
 * Demo data, made through the same service the pages use.
 */
@Component
class DemoDualList implements DemoSeeder {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final DualLists lists;

	private final TaskWork work;

	DemoDualList(JdbcClient jdbc, Directory directory, DualLists lists, TaskWork work) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.lists = lists;
		this.work = work;
	}

	@Override
	public String name() {
		return "dual-list";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts", "plan");
	}

	@Override
	public void seed() {
		Unit office = unit("office:5323");
		Unit military = unit("military:5323");
		Unit veterans = unit("veterans:5323");
		Unit civil = unit("civil-affairs:5323");
		Unit finance = unit("finance:5323");
		SystemActor chuxiong = actor(office, Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ);
		long list = lists.open(2020, chuxiong);
		long employment = file(list, EntrySide.MILITARY, EntryKind.NEED, "协调解决随军家属就业安置",
				"军分区及驻楚部队现有未就业随军家属12人，请地方按照有关政策协调安排就业岗位或提供就业培训。", military, chuxiong);
		long road = file(list, EntrySide.MILITARY, EntryKind.NEED, "民兵训练基地进场道路维修",
				"民兵训练基地进场道路约1.2公里年久失修，雨季通行困难，请地方协调维修资金。", military, chuxiong);
		file(list, EntrySide.MILITARY, EntryKind.NEED, "驻楚部队官兵子女秋季入学",
				"2020年秋季学期有8名官兵子女需在楚雄市区就近入学，请协调落实优待政策。", military, chuxiong);
		long clinic = file(list, EntrySide.MILITARY, EntryKind.MATTER, "八一前后为驻地群众开展义诊",
				"组织卫生人员到驻地乡镇开展义诊送药活动不少于2次。", military, chuxiong);
		long rescue = file(list, EntrySide.LOCAL, EntryKind.NEED, "协助开展退役军人应急救援队伍训练",
				"请军分区派出教练员，协助州退役军人应急救援队开展森林防火和抢险救灾训练。", veterans, chuxiong);
		file(list, EntrySide.LOCAL, EntryKind.MATTER, "为驻楚部队官兵家属办理优待证",
				"按照国家统一部署，为驻楚部队官兵家属集中办理优待证，做到应办尽办。", veterans, chuxiong);
		lists.advance(list, 0, chuxiong);
		accept(employment, veterans, List.of(civil.id().value()), LocalDate.of(2020, 11, 30), chuxiong);
		accept(road, finance, List.of(), LocalDate.of(2020, 9, 30), chuxiong);
		accept(clinic, military, List.of(), LocalDate.of(2020, 12, 31), chuxiong);
		accept(rescue, military, List.of(veterans.id().value()), LocalDate.of(2020, 12, 31), chuxiong);
		lists.advance(list, 1, chuxiong);
		lists.advance(list, 2, chuxiong);
		// 民兵训练基地道路: done and signed off; 楚雄军分区 rates it once supervision reports the sign-off
		long roadTask = taskOf(road);
		SystemActor financeActor = actor(finance, Permission.WORK_EDIT, Permission.WORK_READ);
		work.signFor(roadTask, financeActor);
		work.report(roadTask, "州财政局已安排维修资金38万元，道路硬化工程于9月中旬完工并通过验收。", financeActor);
		work.submit(roadTask, financeActor);
		work.signOff(roadTask, chuxiong);
	}

	private long file(long list, EntrySide side, EntryKind kind, String title, String description, Unit by,
			SystemActor office) {
		return lists.file(list, new NewEntry(side, kind, title, description, by.id().value()), office);
	}

	private void accept(long entry, Unit responsible, List<Long> cooperating, LocalDate deadline, SystemActor office) {
		int version = jdbc.sql("select version from duallist.entry where id = ?").param(entry).query(Integer.class).single();
		lists.accept(entry, version, new Acceptance(responsible.id().value(), cooperating, deadline, null), office);
	}

	private long taskOf(long entry) {
		return jdbc.sql("select task_id from duallist.entry where id = ?").param(entry).query(Long.class).single();
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}

	private static SystemActor actor(Unit unit, Permission... authorities) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(), Set.of(authorities));
	}
}

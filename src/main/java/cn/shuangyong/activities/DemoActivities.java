package cn.shuangyong.activities;

import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, the kinds of activity the province keeps and 楚雄州's 八一 2020: the visit to the troops, the gala,
 * 送法进军营 in August, and 禄丰's own visit to its 人武部. Recorded through the same service the pages use.
 */
@Component
class DemoActivities implements DemoSeeder {

	private final Directory directory;

	private final ActivityKinds kinds;

	private final Activities activities;

	DemoActivities(Directory directory, ActivityKinds kinds, Activities activities) {
		this.directory = directory;
		this.kinds = kinds;
		this.activities = activities;
	}

	@Override
	public String name() {
		return "activities";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		SystemActor province = actor(unit("yn-office"));
		kinds.define("VISIT", "慰问部队", province);
		kinds.define("OPEN_BARRACKS", "军营开放", province);
		kinds.define("LAW", "送法进军营", province);
		kinds.define("GALA", "文艺晚会", province);
		kinds.define("FRIENDSHIP", "军地联谊", province);
		kinds.define("CIVILISED_CITY", "共创文明城市", province);
		kinds.define("BARRACKS", "美丽军营", province);
		Unit military = unit("military:5323");
		Unit veterans = unit("veterans:5323");
		SystemActor chuxiong = actor(unit("office:5323"));
		record(chuxiong, "VISIT", "“八一”建军节走访慰问驻楚部队", "2020-07-30", "楚雄市",
				List.of(military.id().value(), veterans.id().value()), "楚雄军分区、武警楚雄支队", "60",
				"慰问金及米、面、油等慰问品", "150000", "https://media.example.org/chuxiong/2020/bayi-visit");
		record(chuxiong, "GALA", "庆祝中国人民解放军建军93周年军民联欢晚会", "2020-07-31", "楚雄州大剧院",
				List.of(military.id().value()), "驻楚部队官兵代表", "800", "", "",
				"https://media.example.org/chuxiong/2020/bayi-gala");
		record(chuxiong, "LAW", "送法进军营法律服务活动", "2020-08-12", "楚雄军分区", List.of(military.id().value()),
				"楚雄军分区", "120", "法律读本200册", "4000", "");
		directory.catalogueUnit("office:532302").ifPresent(lufeng -> record(actor(lufeng), "VISIT",
				"“八一”走访慰问禄丰市人武部", "2020-07-29", "禄丰市",
				directory.catalogueUnit("military:532302").map(u -> List.of(u.id().value())).orElse(List.of()),
				"禄丰市人武部", "25", "慰问金", "20000", ""));
	}

	private void record(SystemActor by, String kind, String title, String on, String place, List<Long> units,
			String troops, String participants, String gifts, String value, String links) {
		activities.record(NewActivity.of(kind, title, on, place, units, troops, participants, gifts, value, links, null),
				by);
	}

	private Unit unit(String key) {
		return directory.catalogueUnit(key).orElseThrow(() -> new IllegalStateException("演示单位缺失：" + key));
	}

	private static SystemActor actor(Unit unit) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));
	}
}

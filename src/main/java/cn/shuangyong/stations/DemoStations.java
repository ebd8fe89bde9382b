package cn.shuangyong.stations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In demo mode: the 五有 records of 禄丰's office, centre and stations at a realistic, incomplete coverage (every
 * township recorded, most villages, the county confirming most complete ones), and the 2020 year of 楚雄州军供站 and
 * 昆明市军供站 with tasks at every step. The supply stations are the directory's {@code supply:<code>} units; where the
 * directory has none yet, that part is left out.
 */
@Component
class DemoStations implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoStations.class);

	private final Directory directory;

	private final FiveHasChecks checks;

	private final SupplyStations supply;

	private final FiveHasStore records;

	DemoStations(Directory directory, FiveHasChecks checks, SupplyStations supply, FiveHasStore records) {
		this.directory = directory;
		this.checks = checks;
		this.supply = supply;
		this.records = records;
	}

	@Override
	public String name() {
		return "stations";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		fiveHas();
		supplyYear("5323", "楚雄市鹿城镇", 600, 200, 12, "military:5323",
				List.of("某部机动分队", "某部演训分队", "某部转场分队", "某部驻训分队", "某部执勤分队", "某部新兵分队"));
		supplyYear("5301", "昆明市官渡区", 1500, 500, 25, "military:5301",
				List.of("某部运输分队", "某部演训分队", "某部转场分队"));
	}

	private void fiveHas() {
		Optional<Unit> office = directory.catalogueUnit("office:532302");
		if (office.isEmpty()) {
			return;
		}
		SystemActor lufeng = actor(office.get());
		RegionCode county = office.get().regionCode();
		checks.record(office.get().id().value(), new FiveHas(true, true, true, true, true), "县双拥办设在县退役军人事务局，编制3名",
				"2020-06-30", lufeng);
		directory.catalogueUnit("centre:" + county.value()).ifPresent(centre -> checks.record(centre.id().value(),
				new FiveHas(true, true, true, true, true), "县退役军人服务中心，事业编制5名，经费列入财政预算", "2020-06-30", lufeng));
		Map<String, UnitId> stations = directory.serviceStationsWithin(county);
		List<String> codes = new ArrayList<>(stations.keySet());
		codes.sort(null);
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			boolean township = RegionCode.of(code).level() == RegionLevel.TOWNSHIP;
			if (!township && i % 7 == 3) {
				continue; // a village station that has not recorded yet
			}
			// most have all five; the rest lack funds or posts, as village stations often do
			FiveHas criteria = new FiveHas(true, township || i % 5 != 1, true, i % 4 != 2, township || i % 6 != 5);
			long unit = stations.get(code).value();
			checks.record(unit, criteria, township ? "乡镇退役军人服务站挂牌运行，专职人员2名" : "村（社区）退役军人服务站由村干部兼任",
					"2020-0" + (6 + i % 3) + "-1" + (i % 9), lufeng);
			if (criteria.complete() && i % 3 != 0) {
				checks.confirm(unit, records.find(unit).orElseThrow().version(), lufeng);
			}
		}
	}

	private void supplyYear(String prefecture, String location, int meals, int beds, int staff, String militaryKey,
			List<String> troops) {
		Optional<Unit> station = directory.catalogueUnit("supply:" + prefecture);
		Optional<Unit> military = directory.catalogueUnit(militaryKey);
		Optional<Unit> office = directory.catalogueUnit("office:" + prefecture);
		if (station.isEmpty() || military.isEmpty() || office.isEmpty()) {
			log.warn("目录中没有 supply:{}，演示军供站数据从略", prefecture);
			return;
		}
		long unit = station.get().id().value();
		supply.keepStation(unit, meals, beds, staff, location, actor(office.get()));
		SystemActor asking = actor(military.get());
		SystemActor serving = new SystemActor("demo", unit, station.get().regionCode().value(),
				Set.of(Permission.WORK_EDIT, Permission.WORK_READ));
		String[] dates = { "2020-03-15", "2020-04-20", "2020-06-08", "2020-07-25", "2020-08-30", "2020-09-28" };
		for (int i = 0; i < troops.size(); i++) {
			int people = 40 + 15 * i;
			long task = supply.request(unit, troops.get(i), dates[i], people, people * 3, i % 2 == 0 ? people : 0, asking);
			if (i == troops.size() - 1) {
				continue; // the latest request waits for the station
			}
			supply.accept(task, 0, serving);
			if (i < troops.size() - 2) {
				supply.close(task, 1, people, people * 3, serving);
			}
		}
	}

	private static SystemActor actor(Unit unit) {
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));
	}
}

package cn.shuangyong.beneficiaries.honours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.beneficiaries.merit.MeritCommands.RecordCeremony;
import cn.shuangyong.beneficiaries.merit.MeritCommands.RegisterNotice;
import cn.shuangyong.beneficiaries.merit.MeritNotices;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.HangPlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RevokePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueWork;
import cn.shuangyong.beneficiaries.visits.VisitCampaigns;
import cn.shuangyong.beneficiaries.visits.VisitCommands.OpenCampaign;
import cn.shuangyong.beneficiaries.visits.VisitCommands.RecordVisit;
import cn.shuangyong.beneficiaries.visits.Visits;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo honours for 楚雄州, in demo mode only, made from the people the registry holds there: the 2020 八一 and 春节
 * campaigns with some visits, some plaques hung and one revoked, a few merit notices (one registered late). With no
 * people in 楚雄州 it does nothing.
 */
@Component
class HonoursDemo implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(HonoursDemo.class);

	private static final String CHUXIONG = "5323";

	private static final List<String> CATEGORIES_2019 = List.of("MARTYR_FAMILY_2019", "DUTY_DEATH_FAMILY_2019",
			"ILLNESS_DEATH_FAMILY_2019", "SERVICE_MEMBER_FAMILY_2019", "DISABLED_SOLDIER_2019",
			"DEMOBILISED_SOLDIER_2019", "DISCHARGED_SOLDIER_2019");

	private final JdbcClient jdbc;

	private final Directory directory;

	private final VisitCampaigns campaigns;

	private final Visits visits;

	private final PlaqueWork plaques;

	private final MeritNotices notices;

	HonoursDemo(JdbcClient jdbc, Directory directory, VisitCampaigns campaigns, Visits visits,
			PlaqueWork plaques, MeritNotices notices) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.campaigns = campaigns;
		this.visits = visits;
		this.plaques = plaques;
		this.notices = notices;
	}

	@Override
	public String name() {
		return "honours";
	}

	@Override
	public Set<String> needs() {
		return Set.of("people");
	}

	@Override
	@Transactional
	public void seed() {
		long people = jdbc.sql("select count(*) from beneficiaries.person where prefecture_code = :p").param("p", CHUXIONG)
			.query(Long.class).single();
		if (people == 0) {
			log.info("楚雄州尚无优抚对象，演示用的光荣牌、喜报和走访数据暂不生成");
			return;
		}
		SystemActor office = actor("office:" + CHUXIONG);
		visit(open("BAYI", office), office, LocalDate.of(2020, 7, 28), 3, 5);
		visit(open("SPRING_FESTIVAL", office), office, LocalDate.of(2020, 1, 20), 4, 5);
		hangPlaques();
		merit();
		log.info("已为楚雄州生成演示的走访慰问、光荣牌和立功喜报数据");
	}

	private long open(String kind, SystemActor office) {
		long id = campaigns.open(new OpenCampaign(kind, 2020, CHUXIONG, CATEGORIES_2019, null, null, null, null,
				BigDecimal.valueOf("BAYI".equals(kind) ? 500 : 800), "BAYI".equals(kind) ? "慰问信一封" : "大米一袋、食用油一桶"),
				office);
		campaigns.drawTargets(id, office);
		return id;
	}

	/** Records visits for {@code share} of every {@code of} targets, at most 60, by each target's county office. */
	private void visit(long campaign, SystemActor office, LocalDate on, int share, int of) {
		List<Long> targets = jdbc.sql("select id from beneficiaries.campaign_target where campaign_id = :c order by id limit 75")
			.param("c", campaign).query(Long.class).list();
		for (int i = 0; i < targets.size(); i++) {
			if (i % of < share) {
				visits.record(targets.get(i), new RecordVisit(on, "州双拥办、乡镇退役军人服务站", BigDecimal.valueOf(500),
						"慰问信一封", null), office);
			}
		}
	}

	private void hangPlaques() {
		record Household(long id, String county) {
		}
		List<Household> households = jdbc.sql("""
				select o.household_id, o.county_code from beneficiaries.household_honour o
				where o.eligible and o.county_code like '5323%' order by o.household_id limit 40""")
			.query((rs, i) -> new Household(rs.getLong(1), rs.getString(2))).list();
		SystemActor office = actor("office:" + CHUXIONG);
		for (int i = 0; i < households.size(); i++) {
			if (i % 3 != 2) {
				plaques.hang(households.get(i).id(), new HangPlaque(LocalDate.of(2020, 7, 25 + i % 5), "村委会、乡镇退役军人服务站",
						null), office);
			}
		}
		if (!households.isEmpty()) {
			Household first = households.get(0);
			plaques.revoke(first.id(), 0, new RevokePlaque("DISHONEST_DEBTOR", "户主被人民法院列入失信被执行人名单（演示数据）",
					LocalDate.of(2020, 9, 10)), actor("office:" + first.county()));
		}
	}

	private void merit() {
		List<Long> households = jdbc.sql("""
				select distinct p.household_id from beneficiaries.person p where p.prefecture_code = :p
				  and p.household_id is not null and p.categories && cast(array['SERVICE_MEMBER_FAMILY_2019', 'MILITARY_FAMILY'] as varchar[])
				order by 1 limit 3""")
			.param("p", CHUXIONG).query(Long.class).list();
		SystemActor office = actor("office:" + CHUXIONG);
		String[][] awards = { { "二等功", "2020-09-29" }, { "三等功", "2020-09-18" }, { "三等功", "2020-09-28" } };
		// names as people have them, units by their public names (never a designation)
		String[][] soldiers = { { "李建国", "楚雄军分区" }, { "张志强", "云南省军区" }, { "杨海涛", "武警云南省总队" } };
		for (int i = 0; i < households.size(); i++) {
			long id = notices.register(new RegisterNotice(households.get(i), soldiers[i][0], soldiers[i][1], awards[i][0], 2020,
					LocalDate.parse(awards[i][1])), office);
			if (i == 0) {
				notices.recordCeremony(id, 0, new RecordCeremony(LocalDate.of(2020, 9, 30), "军人家中",
						"县退役军人事务局局长、县人武部", null), office);
			}
		}
	}

	private SystemActor actor(String catalogueKey) {
		Unit unit = directory.catalogueUnit(catalogueKey)
			.orElseThrow(() -> new IllegalStateException("目录中缺少 " + catalogueKey));
		return new SystemActor("demo", unit.id().value(), unit.regionCode().value(),
				Set.of(HonoursAccess.READ, HonoursAccess.EDIT, HonoursAccess.DECIDE));
	}
}

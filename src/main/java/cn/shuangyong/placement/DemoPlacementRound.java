package cn.shuangyong.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.placement.scoring.ScoreClaim;
import cn.shuangyong.placement.scoring.ServiceYears;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.springframework.stereotype.Component;

/**
 * In demo mode, 楚雄州's 2020 round for soldiers: 40 soldiers handed over (made-up names, marked as demo), two of them
 * holders of an honour title, 45 posts, scored and ranked, and the live choice stopped halfway: ranks 1 to
 * {@value #CHOSEN} have chosen and rank {@value #CHOSEN} + 1 is called next. Nobody has been passed over or has given
 * up. Made through the same services the pages use.
 */
@Component
class DemoPlacementRound implements DemoSeeder {

	static final int SOLDIERS = 40;

	static final int CHOSEN = 18;

	private static final String[] SURNAMES = { "李", "张", "王", "杨", "赵", "刘", "陈", "普", "罗", "何", "字", "段", "施",
			"杞", "鲁", "起", "苏", "马", "周", "朱" };

	private static final String[] GIVEN = { "建华", "志强", "文斌", "海涛", "永平", "国庆", "春林", "兴云", "家福", "红军",
			"应祥", "正荣", "子龙", "学明", "有才", "光辉", "德昌", "云峰", "绍武", "天明", "开元", "金福", "树林", "继红" };

	private static final String[][] UNITS = { { "楚雄州人民医院", "PUBLIC_INSTITUTION", "楚雄市" },
			{ "楚雄州中医医院", "PUBLIC_INSTITUTION", "楚雄市" }, { "楚雄州广播电视台", "PUBLIC_INSTITUTION", "楚雄市" },
			{ "楚雄州林业和草原局森林防火中心", "PUBLIC_INSTITUTION", "楚雄市" }, { "楚雄州公路养护中心", "PUBLIC_INSTITUTION", "楚雄市" },
			{ "楚雄州博物馆", "PUBLIC_INSTITUTION", "楚雄市" }, { "楚雄州水文水资源中心", "PUBLIC_INSTITUTION", "楚雄市" },
			{ "禄丰市自然资源服务中心", "PUBLIC_INSTITUTION", "禄丰市" }, { "姚安县水务服务中心", "PUBLIC_INSTITUTION", "姚安县" },
			{ "南华县林业和草原服务中心", "PUBLIC_INSTITUTION", "南华县" }, { "楚雄州城市建设投资有限公司", "STATE_ENTERPRISE", "楚雄市" },
			{ "楚雄州交通建设投资集团有限公司", "STATE_ENTERPRISE", "楚雄市" }, { "楚雄州水务产业投资发展有限公司", "STATE_ENTERPRISE", "楚雄市" },
			{ "楚雄州烟草公司", "STATE_ENTERPRISE", "楚雄市" }, { "楚雄供电局", "STATE_ENTERPRISE", "楚雄市" } };

	private static final String[] TITLES = { "综合管理岗", "安全保卫岗", "驾驶员岗" };

	private final Directory directory;

	private final Placements placements;

	private final LiveChoice choice;

	private final PlacementStore store;

	DemoPlacementRound(Directory directory, Placements placements, LiveChoice choice, PlacementStore store) {
		this.directory = directory;
		this.placements = placements;
		this.choice = choice;
		this.store = store;
	}

	@Override
	public String name() {
		return "placement";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		Unit office = directory.catalogueUnit("office:5323").orElseThrow();
		SystemActor chuxiong = new SystemActor("demo-placement", office.id().value(), office.regionCode().value(),
				Set.of(Permission.PLANS_PUBLISH, Permission.WORK_EDIT, Permission.WORK_READ));
		long round = placements.open(2020, RoundKind.SOLDIERS, null, chuxiong);
		List<Long> posts = new ArrayList<>();
		for (int i = 0; i < UNITS.length * TITLES.length; i++) {
			String[] unit = UNITS[i % UNITS.length];
			String title = TITLES[i / UNITS.length];
			int places = i % 9 == 0 ? 2 : 1;
			posts.add(placements.addPost(round, NewPost.of(unit[0], unit[1], title, unit[2],
					title.equals("驾驶员岗") ? "持有B2及以上驾驶证" : null, places), chuxiong));
		}
		for (int i = 0; i < SOLDIERS; i++) {
			soldier(round, i, chuxiong);
		}
		placements.rank(round, chuxiong);
		placements.start(round, chuxiong);
		for (int rank = 1; rank <= CHOSEN; rank++) {
			Soldier called = store.soldier(store.round(round).orElseThrow().calledSoldierId()).orElseThrow();
			long post = posts.get((rank * 7) % posts.size());
			if (store.post(post).orElseThrow().placesLeft() == 0) {
				post = posts.stream().filter(p -> store.post(p).orElseThrow().placesLeft() > 0).findFirst().orElseThrow();
			}
			choice.choose(round, ChoiceRequest.of(called.id(), post, "州纪委监委派驻纪检监察组、楚雄州公证处", null),
					chuxiong);
		}
	}

	private void soldier(long round, int i, SystemActor chuxiong) {
		String name = SURNAMES[(i * 7) % SURNAMES.length] + GIVEN[(i * 5) % GIVEN.length];
		LocalDate discharged = LocalDate.of(2020, 3, 1 + i % 20);
		LocalDate enlisted = LocalDate.of(2004 + i % 5, 3 + i % 9, 1 + i % 25);
		LocalDate born = enlisted.minusYears(18).minusMonths(i % 11).minusDays(i);
		boolean honour = i == 11 || i == 29;
		String ground = honour ? "MEDAL_OR_HONOUR_TITLE" : i % 13 == 4 ? "DISABLED_IN_BATTLE" : "SERVICE_12_YEARS";
		long id = placements.handOver(round, NewSoldier.of(name, born, enlisted, discharged, ground,
				honour ? (i == 11 ? "“抗洪抢险英雄”荣誉称号（演示）" : "“卫国戍边英雄”荣誉称号（演示）") : null, true), chuxiong);
		if (honour) {
			return;
		}
		List<ScoreClaim> claims = new ArrayList<>();
		String file = "士兵档案：入伍批准书、退出现役证（演示）";
		claims.add(ScoreClaim.of("SERVICE", ServiceYears.counted(enlisted, discharged), file,
				"退役证字第2020" + String.format("%04d", 301 + i) + "号"));
		if (i % 3 != 0) {
			claims.add(ScoreClaim.of("PEACE_COMMENDATION", BigDecimal.valueOf(1 + i % 6), "嘉奖令（演示）",
					"嘉字第" + (2010 + i % 9) + "-" + (10 + i) + "号"));
		}
		if (i % 5 == 2) {
			claims.add(ScoreClaim.of("PEACE_MERIT_3", BigDecimal.ONE, "三等功立功证书（演示）", "功字第" + (500 + i) + "号"));
		}
		if (i % 13 == 4) {
			claims.add(ScoreClaim.of("IN_BATTLE_7", BigDecimal.ONE, "残疾军人证（演示）", "残军证字第" + (9000 + i) + "号"));
		}
		if (i % 4 == 1) {
			claims.add(ScoreClaim.of("HARDSHIP_3", BigDecimal.valueOf(12 + i), "艰苦边远地区津贴审批表（演示）",
					"津字第" + (300 + i) + "号"));
		}
		placements.score(id, claims, chuxiong);
	}
}

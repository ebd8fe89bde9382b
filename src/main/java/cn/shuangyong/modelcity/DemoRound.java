package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.documents.publicnotice.ObjectionInput;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import cn.shuangyong.shared.demo.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: the 2020 model-city round in 楚雄州, made through the same services the offices use, with
 * candidates at different stages on the demo date (2020-09-30): 禄丰市 self-assessing, 楚雄市 under review, 大姚县 in
 * 公示 with one objection answered and one open, 南华县 recommended after its 公示. Every text says it is demo data.
 */
@Component
class DemoRound implements DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

	static final int YEAR = 2020;

	private final Directory directory;

	private final Standards standards;

	private final CampaignOpening opening;

	private final SelfAssessment selfAssessment;

	private final Reviewing reviewing;

	private final PublicNotice notice;

	private final CampaignStore store;

	DemoRound(Directory directory, Standards standards, CampaignOpening opening,
			SelfAssessment selfAssessment, Reviewing reviewing, PublicNotice notice, CampaignStore store) {
		this.directory = directory;
		this.standards = standards;
		this.opening = opening;
		this.selfAssessment = selfAssessment;
		this.reviewing = reviewing;
		this.notice = notice;
		this.store = store;
	}

	@Override
	public String name() {
		return "model-city-round";
	}

	@Override
	public Set<String> needs() {
		return Set.of("accounts");
	}

	@Override
	public void seed() {
		SystemActor prefecture = office("5323");
		Standard standard = standards.current().orElseThrow();
		List<StandardNode> indicators = standard.indicators();

		long lufeng = open("532302", prefecture);
		selfAssessment.save(lufeng, seen(lufeng), selfScores(indicators.subList(0, 5), 0.9), office("532302"));

		long chuxiong = open("532301", prefecture);
		submitted(chuxiong, "532301", indicators, 0.92);
		reviewing.score(chuxiong, seen(chuxiong), reviewScores(indicators.subList(0, 9), 0.85), prefecture);
		reviewing.recordSiteVisit(chuxiong, new Reviewing.SiteVisitInput(LocalDate.of(2020, 9, 22), "楚雄市鹿城镇",
				"州双拥办、楚雄军分区政治工作处各 2 人（演示数据）", "（演示数据）查看了双拥主题公园和军人子女入学落实台账。"), prefecture);

		long dayao = open("532326", prefecture);
		reviewed(dayao, "532326", indicators, 0.88, 0.84, LocalDate.of(2020, 9, 15), prefecture);
		reviewing.openNotice(dayao, seen(dayao), LocalDate.of(2020, 9, 24), LocalDate.of(2020, 10, 10), prefecture);
		long answered = notice.recordObjection(dayao, new ObjectionInput(LocalDate.of(2020, 9, 26),
				"匿名", "来信", "（演示数据）反映某乡镇春节走访慰问未覆盖全部优抚对象。"), prefecture);
		notice.answer(dayao, answered, false, "（演示数据）经核查，该乡镇走访名单齐全，两户因外出务工改为电话慰问并补送慰问品。",
				"（演示数据）已向来信人说明核查结果。", prefecture);
		notice.recordObjection(dayao, new ObjectionInput(LocalDate.of(2020, 9, 29), "张某（演示）", "电话",
				"（演示数据）询问随军家属就业安置的具体人数。"), prefecture);

		long nanhua = open("532324", prefecture);
		reviewed(nanhua, "532324", indicators, 0.95, 0.91, LocalDate.of(2020, 9, 3), prefecture);
		reviewing.openNotice(nanhua, seen(nanhua), LocalDate.of(2020, 9, 8), LocalDate.of(2020, 9, 14), prefecture);
		notice.close(nanhua, seen(nanhua), true, "（演示数据）公示期满，无异议。", prefecture);
		log.info("演示数据：2020 年度楚雄州双拥模范城（县）考评已创建");
	}

	/** The version the demo's office sees when it acts, as a page shows it. */
	private int seen(long campaign) {
		return store.find(campaign).orElseThrow().version();
	}

	private long open(String region, SystemActor by) {
		return opening.open(region, YEAR, by);
	}

	private void submitted(long campaign, String region, List<StandardNode> indicators, double share) {
		SystemActor county = office(region);
		int saved = selfAssessment.save(campaign, seen(campaign), selfScores(indicators, share), county);
		selfAssessment.submit(campaign, saved, county);
	}

	private void reviewed(long campaign, String region, List<StandardNode> indicators, double self, double review,
			LocalDate visited, SystemActor prefecture) {
		submitted(campaign, region, indicators, self);
		reviewing.score(campaign, seen(campaign), reviewScores(indicators, review), prefecture);
		reviewing.recordSiteVisit(campaign, new Reviewing.SiteVisitInput(visited, "县城及两个乡镇",
				"州双拥办 3 人、楚雄军分区 1 人（演示数据）", "（演示数据）实地查看双拥工作台账、共建项目和优抚对象走访记录。"), prefecture);
	}

	private static List<ScoreInput> selfScores(List<StandardNode> indicators, double share) {
		List<ScoreInput> scores = new ArrayList<>();
		for (StandardNode n : indicators) {
			scores.add(new ScoreInput(n.id(), score(n, share), "（演示数据）" + (n.evidence() == null ? "相关材料" : n.evidence()) + "已整理归档。"));
		}
		return scores;
	}

	private static List<ScoreInput> reviewScores(List<StandardNode> indicators, double share) {
		List<ScoreInput> scores = new ArrayList<>();
		int i = 0;
		for (StandardNode n : indicators) {
			// a little spread between indicators, so the sheet does not look uniform
			double spread = (i++ % 3 == 0) ? 0.05 : 0;
			scores.add(new ScoreInput(n.id(), score(n, Math.min(1, share + spread)), "（演示数据）材料齐全，" + (spread > 0 ? "成效明显。" : "基本达到要求。")));
		}
		return scores;
	}

	/** A share of the indicator's points, rounded down to a half point. */
	private static String score(StandardNode n, double share) {
		BigDecimal halves = n.points().multiply(BigDecimal.valueOf(share * 2)).setScale(0, RoundingMode.FLOOR);
		return halves.divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
	}

	private SystemActor office(String region) {
		Unit unit = directory.catalogueUnit("office:" + region).orElseThrow();
		return new SystemActor("demo", unit.id().value(), region, Set.of(Permission.WORK_READ, Permission.WORK_EDIT, Permission.PLANS_PUBLISH));
	}
}

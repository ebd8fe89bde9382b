package cn.shuangyong.modelcity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.SystemActor;
import org.springframework.context.ApplicationContext;

/**
 * Campaigns of 楚雄州's counties brought to a stage through the same services the offices use, as the county office
 * and the prefecture office would. Each test takes a county of its own, so tests sharing a database do not meet.
 */
public class CampaignMother {

	public static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	private final CampaignOpening opening;

	private final SelfAssessment selfAssessment;

	private final Reviewing reviewing;

	private final PublicNotice notice;

	private final Standards standards;

	private final CampaignStore store;

	private final Directory directory;

	CampaignMother(CampaignOpening opening, SelfAssessment selfAssessment, Reviewing reviewing, PublicNotice notice,
			Standards standards, CampaignStore store, Directory directory) {
		this.opening = opening;
		this.selfAssessment = selfAssessment;
		this.reviewing = reviewing;
		this.notice = notice;
		this.standards = standards;
		this.store = store;
		this.directory = directory;
	}

	/** Built from the running platform's beans, so a test needs no context of its own. */
	public static CampaignMother of(ApplicationContext context) {
		return new CampaignMother(context.getBean(CampaignOpening.class), context.getBean(SelfAssessment.class),
				context.getBean(Reviewing.class), context.getBean(PublicNotice.class), context.getBean(Standards.class),
				context.getBean(CampaignStore.class), context.getBean(Directory.class));
	}

	public SystemActor office(String region) {
		var unit = directory.catalogueUnit(region.length() == 2 ? "yn-office" : "office:" + region).orElseThrow();
		return new SystemActor("office-" + region, unit.id().value(), region,
				Set.of(Permission.WORK_READ, Permission.WORK_EDIT, Permission.PLANS_PUBLISH));
	}

	public long selfAssessing(String county) {
		return opening.open(county, 2020, office(county.substring(0, 4)));
	}

	public long underReview(String county, double share) {
		long id = selfAssessing(county);
		int saved = selfAssessment.save(id, seen(id), scores(id, share, "材料已归档"), office(county));
		selfAssessment.submit(id, saved, office(county));
		return id;
	}

	public long reviewed(String county, double share) {
		long id = underReview(county, share);
		reviewing.score(id, seen(id), scores(id, share, "符合要求"), office(county.substring(0, 4)));
		reviewing.recordSiteVisit(id, new Reviewing.SiteVisitInput(LocalDate.of(2020, 9, 10), "县城", "州双拥办 2 人",
				"查看台账"), office(county.substring(0, 4)));
		return id;
	}

	public long inNotice(String county, LocalDate start, LocalDate end) {
		long id = reviewed(county, 0.9);
		reviewing.openNotice(id, seen(id), start, end, office(county.substring(0, 4)));
		return id;
	}

	public long recommended(String county) {
		long id = inNotice(county, LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 20));
		notice.close(id, seen(id), true, null, office(county.substring(0, 4)));
		return id;
	}

	/** The campaign's version now, as its page would show it. */
	public int seen(long id) {
		return store.find(id).orElseThrow().version();
	}

	public CampaignStage stage(long id) {
		return store.find(id).orElseThrow().stage();
	}

	/** A share of every indicator's points, to the half point. */
	public List<ScoreInput> scores(long campaignId, double share, String text) {
		Standard standard = standards.find(store.find(campaignId).orElseThrow().standardId());
		return standard.indicators().stream()
			.map(n -> new ScoreInput(n.id(), n.points().multiply(BigDecimal.valueOf(share * 2)).setScale(0, RoundingMode.FLOOR)
				.divide(BigDecimal.valueOf(2)).toPlainString(), text))
			.toList();
	}
}

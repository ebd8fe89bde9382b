package cn.shuangyong.modelcity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The higher office reviews a submitted self-assessment: a score and comment per indicator, site visits (实地考察),
 * veto items found with their grounds; then it opens the 公示.
 */
@Service
@Transactional
public class Reviewing {

	private final CampaignAccess access;

	private final CampaignStore store;

	private final Standards standards;

	private final IndicatorScores scores;

	private final CampaignLog log;

	private final JdbcClient jdbc;

	private final BusinessClock businessClock;

	private final PublicNotice notice;

	Reviewing(CampaignAccess access, CampaignStore store, Standards standards, IndicatorScores scores, CampaignLog log,
			JdbcClient jdbc, BusinessClock businessClock, PublicNotice notice) {
		this.access = access;
		this.store = store;
		this.standards = standards;
		this.scores = scores;
		this.log = log;
		this.jdbc = jdbc;
		this.businessClock = businessClock;
		this.notice = notice;
	}

	/** Saves review scores made on the campaign at version {@code seen}. */
	public void score(long campaignId, Integer seen, List<ScoreInput> inputs, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireUnderReview("录入审核评分");
		campaign.requireSeen(seen, "保存审核评分");
		scores.save(campaignId, standards.find(campaign.standardId()), inputs, true, 2000);
		store.claim(campaign);
		log.record(campaignId, "REVIEW_SCORED", inputs.size() + " 项指标", by);
	}

	public void recordSiteVisit(long campaignId, SiteVisitInput visit, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireUnderReview("登记实地考察");
		List<String> problems = new ArrayList<>();
		LocalDate today = businessClock.today();
		if (visit.visitedOn() == null) {
			problems.add("请填写考察日期");
		}
		else if (visit.visitedOn().isAfter(today)) {
			problems.add("考察日期 " + visit.visitedOn() + " 晚于今天 " + today);
		}
		String place = required(visit.place(), "考察地点", 300, problems);
		String members = required(visit.members(), "考察组成员", 500, problems);
		String findings = required(visit.findings(), "考察情况", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("""
				insert into modelcity.site_visit (campaign_id, visited_on, place, members, findings, recorded_by, recorded_at)
				values (:c, :d, :p, :m, :f, :by, :at)""")
			.param("c", campaignId).param("d", visit.visitedOn()).param("p", place).param("m", members)
			.param("f", findings).param("by", by.getUsername()).param("at", Timestamp.from(businessClock.now())).update();
		log.record(campaignId, "SITE_VISIT", visit.visitedOn() + " " + place, by);
	}

	/** Records that a veto item of the campaign's standard applies, with the grounds. */
	public void findVeto(long campaignId, Integer seen, long vetoItemId, String grounds, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireUnderReview("认定一票否决");
		campaign.requireSeen(seen, "认定一票否决");
		VetoItem item = standards.find(campaign.standardId()).vetoItems().stream().filter(v -> v.id() == vetoItemId)
			.findFirst().orElseThrow(() -> new InvalidInputException("该一票否决项不属于本次考评所用的标准"));
		List<String> problems = new ArrayList<>();
		String text = required(grounds, "认定依据", 2000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("delete from modelcity.veto_finding where campaign_id = :c and veto_item_id = :v").param("c", campaignId)
			.param("v", vetoItemId).update();
		jdbc.sql("""
				insert into modelcity.veto_finding (campaign_id, veto_item_id, grounds, found_by, found_at)
				values (:c, :v, :g, :by, :at)""")
			.param("c", campaignId).param("v", vetoItemId).param("g", text).param("by", by.getUsername())
			.param("at", Timestamp.from(businessClock.now())).update();
		store.claim(campaign);
		log.record(campaignId, "VETO_FOUND", item.text() + "：" + text, by);
	}

	/** Takes back a veto finding made in error, while still under review. */
	public void clearVeto(long campaignId, Integer seen, long vetoItemId, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireUnderReview("撤回一票否决认定");
		campaign.requireSeen(seen, "撤回一票否决认定");
		if (jdbc.sql("delete from modelcity.veto_finding where campaign_id = :c and veto_item_id = :v")
			.param("c", campaignId).param("v", vetoItemId).update() == 0) {
			throw new NotFoundException("没有该一票否决认定");
		}
		store.claim(campaign);
		log.record(campaignId, "VETO_CLEARED", "一票否决项 " + vetoItemId, by);
	}

	public void openNotice(long campaignId, Integer seen, LocalDate start, LocalDate end, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireSeen(seen, "开始公示");
		Standard standard = standards.find(campaign.standardId());
		List<String> gaps = new ArrayList<>(scores.gaps(campaignId, standard, true));
		if (jdbc.sql("select count(*) from modelcity.site_visit where campaign_id = :c").param("c", campaignId)
			.query(Integer.class).single() == 0) {
			gaps.add("尚未登记实地考察");
		}
		boolean vetoed = jdbc.sql("select count(*) from modelcity.veto_finding where campaign_id = :c")
			.param("c", campaignId).query(Integer.class).single() > 0;
		campaign.openNotice(start, end, gaps, vetoed);
		store.save(campaign);
		String announcement = notice.open(campaign, start, end, by);
		log.record(campaignId, "NOTICE_OPENED", start + " 至 " + end + "，" + announcement, by);
	}

	static String required(String text, String what, int max, List<String> problems) {
		String value = text == null ? "" : text.strip();
		if (value.isEmpty()) {
			problems.add("请填写" + what);
		}
		else if (value.length() > max) {
			problems.add(what + "不能超过 " + max + " 字");
		}
		return value;
	}

	/** A site visit as the reviewer records it. */
	public record SiteVisitInput(LocalDate visitedOn, String place, String members, String findings) {
	}
}

package cn.shuangyong.modelcity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.documents.DocNumber;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.RegionLevel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents a round produces: score sheets (.xlsx) and the recommendation report (.docx). */
@Service
@Transactional
public class Outputs {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Campaigns campaigns;

	private final Ranking ranking;

	private final Directory directory;

	private final AuditTrail audit;

	private final BusinessClock businessClock;

	Outputs(Campaigns campaigns, Ranking ranking, Directory directory, AuditTrail audit, BusinessClock businessClock) {
		this.campaigns = campaigns;
		this.ranking = ranking;
		this.directory = directory;
		this.audit = audit;
		this.businessClock = businessClock;
	}

	/** One candidate's score sheet. */
	public Download scoreSheet(long campaignId, CurrentUser user) {
		CampaignSummary summary = campaigns.summary(campaignId, user);
		ScoreSheet.Candidate candidate = candidate(summary, user);
		byte[] content = ScoreSheet.write(List.of(candidate));
		record(user, "MODEL_CITY_SCORE_SHEET_EXPORTED", Long.toString(campaignId), candidate.rows().size(), "评分表");
		return new Download(summary.year() + "年度双拥模范城（县）考评评分表-" + summary.regionName() + ".xlsx", XLSX, content);
	}

	/** The score sheets of a round's candidates in the user's scope, one sheet each, in ranking order. */
	public Download scoreSheets(int year, CurrentUser user) {
		Ranking.View view = ranking.of(year, user);
		List<ScoreSheet.Candidate> all = new ArrayList<>();
		view.ranked().forEach(r -> all.add(candidate(r.candidate(), user)));
		view.pending().forEach(c -> all.add(candidate(c, user)));
		view.vetoed().forEach(c -> all.add(candidate(c, user)));
		if (all.isEmpty()) {
			throw new ConflictException(year + " 年度在您的范围内没有考评");
		}
		record(user, "MODEL_CITY_SCORE_SHEETS_EXPORTED", Integer.toString(year),
				all.stream().mapToInt(c -> c.rows().size()).sum(), all.size() + " 个候选单位的评分表");
		return new Download(year + "年度双拥模范城（县）考评评分表.xlsx", XLSX, ScoreSheet.write(all));
	}

	/**
	 * The office's report recommending the candidates of a round that passed 公示, in ranking order with their scores,
	 * to the office above.
	 */
	public Download recommendationReport(int year, ReportInput input, CurrentUser user) {
		if (!user.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以生成推荐报告");
		}
		DocNumber number = DocNumber.parse(input.docNumber(), "发文字号");
		LocalDate date = input.date() == null ? businessClock.today() : input.date();
		if (date.isAfter(businessClock.today())) {
			throw new InvalidInputException("成文日期 " + date + " 晚于今天");
		}
		List<Ranking.Ranked> recommended = ranking.of(year, user).recommended();
		if (recommended.isEmpty()) {
			throw new ConflictException(year + " 年度还没有经公示推荐的候选单位，不能生成推荐报告");
		}
		Unit issuer = directory.unit(new UnitId(user.unitId())).orElseThrow();
		String addressee = input.addressee() == null || input.addressee().isBlank() ? defaultAddressee(user)
				: input.addressee().strip();
		if (addressee.length() > 100) {
			throw new InvalidInputException("主送机关不能超过 100 字");
		}
		List<RecommendationReport.Recommended> lines = new ArrayList<>();
		for (Ranking.Ranked ranked : recommended) {
			CampaignSummary c = ranked.candidate();
			lines.add(new RecommendationReport.Recommended(c.regionName(), "：审核得分 " + c.reviewText() + " 分（满分 "
					+ c.totalText() + " 分），自评得分 " + c.selfText() + " 分，排名第 " + ranked.rank() + " 位"
					+ (c.stage() == CampaignStage.NAMED ? "，已命名（" + c.namingDocNo() + "）" : "") + "。"));
		}
		String title = "关于推荐" + year + "年度双拥模范城（县）的报告";
		byte[] content = RecommendationReport.write(new RecommendationReport.Content(issuer.name(), number, title,
				addressee,
				List.of("按照双拥模范城（县）创建命名工作的有关要求，我们对本地区" + year
						+ "年度双拥模范城（县）候选单位进行了考评。各候选单位对照考评标准逐项自评并提供证明材料，我们逐项审核评分并进行了实地考察，审核结果经公示，公示期间收到的异议均已核查处理并答复，未发现触发一票否决的情形。",
						"经研究，现推荐以下 " + recommended.size() + " 个候选单位（按审核得分排序）："),
				lines, date));
		record(user, "MODEL_CITY_REPORT_EXPORTED", number.value(), lines.size(), "推荐报告");
		return new Download(title + ".docx", DOCX, content);
	}

	/** The office above the user's: the province's for a prefecture, the national office for the province. */
	public String defaultAddressee(CurrentUser user) {
		Optional<RegionLevel> above = user.regionLevel().above();
		if (above.isEmpty()) {
			return "全国双拥工作领导小组办公室";
		}
		String office = above.get() == RegionLevel.PROVINCE ? "yn-office"
				: "office:" + above.get().regionOf(user.regionCode());
		return directory.catalogueUnit(office).map(Unit::name).orElse("上级双拥工作领导小组办公室");
	}

	private ScoreSheet.Candidate candidate(CampaignSummary summary, CurrentUser user) {
		return new ScoreSheet.Candidate(summary, campaigns.scoreSheet(summary.id(), user),
				campaigns.vetoFindings(summary.id()));
	}

	private void record(CurrentUser user, String event, String object, int rows, String what) {
		audit.exported(user, event, AuditTarget.of("MODEL_CITY_OUTPUT", object), rows, what);
	}

	/** What the office fills in for its report. */
	public record ReportInput(String docNumber, String addressee, LocalDate date) {
	}
}

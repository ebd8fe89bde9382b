package cn.shuangyong.modelcity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.modelcity.CampaignSummary;
import cn.shuangyong.modelcity.Ranking;
import cn.shuangyong.modelcity.Standard;
import cn.shuangyong.modelcity.StandardNode;
import cn.shuangyong.shared.web.ApiLabels;

/** The records of the model-city API. */
final class ModelCityJson {

	private ModelCityJson() {
	}

	/** A version of the standard; {@code state} is PUBLISHED or DRAFT, with its Chinese label beside it. */
	record StandardJson(long id, int versionNo, String title, String state, String stateLabel, String sourceNote,
			BigDecimal totalPoints, List<NodeJson> areas, List<VetoJson> vetoItems) {

		/** A veto item's basis goes only to the office that maintains the standard, as on the pages. */
		static StandardJson of(Standard s, ApiLabels labels, boolean maintainer) {
			String state = s.published() ? "PUBLISHED" : "DRAFT";
			return new StandardJson(s.id(), s.versionNo(), s.title(), state,
					labels.of("modelcity.standard.state." + state), s.sourceNote(), s.totalPoints(),
					s.areas().stream().map(n -> NodeJson.of(n, labels)).toList(),
					s.vetoItems().stream().map(v -> new VetoJson(v.id(), v.text(), maintainer ? v.basis() : null)).toList());
		}
	}

	/** A node of the indicator tree; {@code kind} is AREA, INDICATOR or SUBPOINT, with its Chinese label beside it. */
	record NodeJson(long id, String kind, String kindLabel, String code, String title, BigDecimal points,
			String evidence, String scoring, List<NodeJson> children) {

		static NodeJson of(StandardNode n, ApiLabels labels) {
			return new NodeJson(n.id(), n.kind().name(), labels.of(n.kind().messageKey()), n.code(), n.title(),
					n.points(), n.evidence(), n.scoring(), n.children().stream().map(c -> of(c, labels)).toList());
		}
	}

	record VetoJson(long id, String text, String basis) {
	}

	record RegionJson(String code, String name) {
	}

	record UnitJson(long id, String name) {
	}

	record CampaignJson(long id, int year, String stage, String stageLabel, RegionJson candidateRegion,
			UnitJson candidateUnit, UnitJson reviewerUnit, int standardVersion, BigDecimal totalPoints,
			BigDecimal selfScore, BigDecimal reviewScore, boolean reviewComplete, boolean vetoed, String namingDocNumber,
			LocalDate namedOn, int version) {

		static CampaignJson of(CampaignSummary c) {
			return new CampaignJson(c.id(), c.year(), c.stage().name(), c.stage().label(),
					new RegionJson(c.regionCode(), c.regionName()), new UnitJson(c.candidateUnitId(), c.candidateUnitName()),
					new UnitJson(c.reviewerUnitId(), c.reviewerUnitName()), c.standardVersion(), c.totalPoints(),
					c.selfTotal(), c.reviewTotal(), c.reviewComplete(), c.vetoed(), c.namingDocNo(), c.namedOn(),
					c.version());
		}
	}

	record RankingJson(int year, List<RankedJson> ranked, List<CampaignJson> excludedByVeto,
			List<CampaignJson> reviewPending) {

		static RankingJson of(Ranking.View view) {
			return new RankingJson(view.year(),
					view.ranked().stream().map(r -> new RankedJson(r.rank(), CampaignJson.of(r.candidate()))).toList(),
					view.vetoed().stream().map(CampaignJson::of).toList(),
					view.pending().stream().map(CampaignJson::of).toList());
		}
	}

	record RankedJson(int rank, CampaignJson candidate) {
	}

	record OpenJson(String regionCode, Integer year) {
	}

	record SelfScoreJson(long indicatorId, BigDecimal score, String evidence) {
	}

	record ReviewScoreJson(long indicatorId, BigDecimal score, String comment) {
	}

	record ScoresJson<T>(List<T> scores, Integer version) {
	}

	record SiteVisitJson(LocalDate visitedOn, String place, String members, String findings) {
	}

	record VetoFindingJson(long vetoItemId, String grounds, Integer version) {
	}

	record NoticeJson(LocalDate start, LocalDate end, Integer version) {
	}

	record ObjectionJson(LocalDate receivedOn, String objector, String channel, String content) {
	}

	/** {@code upheld}: whether the objection is right (成立); left out, it is taken as not upheld. */
	record AnswerJson(Boolean upheld, String handling, String answer) {
	}

	record CloseJson(Boolean recommend, String note, Integer version) {
	}

	record NamingJson(String docNumber, LocalDate date, Integer version) {
	}

	record CheckJson(Integer year, Boolean passed, String notes) {
	}

	record WithdrawalJson(String grounds, String docNumber, LocalDate date, Integer version) {
	}

	record IdJson(long id) {
	}
}

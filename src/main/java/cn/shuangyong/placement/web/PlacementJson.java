package cn.shuangyong.placement.web;

import java.math.BigDecimal;
import java.util.List;

import cn.shuangyong.placement.RoundSummary;
import cn.shuangyong.placement.RoundView;

/** The JSON of a round: names masked; {@code score} null for an honour title, {@code postId} null until chosen. */
record PlacementJson(long id, String region, String regionName, int year, String kind, String kindLabel, String method,
		String stage, String stageLabel, Long calledSoldierId, int turn, List<SoldierJson> soldiers,
		List<PostJson> posts, List<ActionJson> actions) {

	static PlacementJson of(RoundView round) {
		return new PlacementJson(round.id(), round.regionCode(), round.regionName(), round.year(), round.kind().name(),
				round.kind().chinese(), round.method(), round.stage().name(), round.stage().chinese(),
				round.called() == null ? null : round.called().id(), round.turn(),
				round.soldiers().stream().map(s -> new SoldierJson(s.id(), s.rank(), s.score(), s.name(), s.honour(),
						s.citation(), s.state().name(), s.state().chinese(), s.postId(), s.demo())).toList(),
				round.posts().stream().map(p -> new PostJson(p.id(), p.unit(), p.unitKind().chinese(), p.title(),
						p.location(), p.requirements(), p.placesTotal(), p.placesLeft(), p.closedToCalled())).toList(),
				round.actions().stream().map(a -> new ActionJson(a.turn(), a.kind().name(), a.kind().chinese(),
						a.soldier(), a.rank(), a.post(), a.witness(), a.proxy(), a.reason(), a.at().toString())).toList());
	}

	record SoldierJson(long id, Integer rank, BigDecimal score, String name, String honour, String eligibility,
			String state, String stateLabel, Long postId, boolean demo) {
	}

	record PostJson(long id, String unit, String unitKind, String title, String location, String requirements,
			int placesTotal, int placesLeft, String closedToCalled) {
	}

	record ActionJson(int turn, String kind, String kindLabel, String soldier, Integer rank, String post,
			String witness, String proxy, String reason, String at) {
	}

	record SummaryJson(long id, String region, String regionName, int year, String kind, String kindLabel,
			String method, String stage, String stageLabel, int soldiers, int chosen, int posts, int placesLeft) {

		static SummaryJson of(RoundSummary r) {
			return new SummaryJson(r.id(), r.regionCode(), r.regionName(), r.year(), r.kind().name(), r.kind().chinese(),
					r.method(), r.stage().name(), r.stage().chinese(), r.soldiers(), r.chosen(), r.posts(),
					r.placesLeft());
		}
	}
}

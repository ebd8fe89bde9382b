package cn.shuangyong.modelcity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking of a round's candidates within the user's scope, by review score. A candidate caught by a veto item is
 * excluded whatever its score (一票否决); one whose review is not complete is listed apart, unranked. Equal scores
 * share a rank (1, 1, 3).
 */
@Service
@Transactional(readOnly = true)
public class Ranking {

	private final Campaigns campaigns;

	Ranking(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	public View of(int year, CurrentUser user) {
		List<CampaignSummary> all = campaigns.list(year, user);
		List<CampaignSummary> vetoed = all.stream().filter(CampaignSummary::vetoed).toList();
		List<CampaignSummary> pending = all.stream().filter(c -> !c.vetoed() && !c.reviewComplete()).toList();
		List<CampaignSummary> scored = all.stream().filter(c -> !c.vetoed() && c.reviewComplete())
			.sorted(Comparator.comparing(CampaignSummary::reviewTotal).reversed()
				.thenComparing(CampaignSummary::regionCode))
			.toList();
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			CampaignSummary c = scored.get(i);
			boolean tie = i > 0 && scored.get(i - 1).reviewTotal().compareTo(c.reviewTotal()) == 0;
			ranked.add(new Ranked(tie ? ranked.get(i - 1).rank() : i + 1, c));
		}
		return new View(year, ranked, vetoed, pending);
	}

	public record Ranked(int rank, CampaignSummary candidate) {

		/** Past 公示 and recommended (or since named): what a recommendation report lists. */
		public boolean recommended() {
			return candidate.stage() == CampaignStage.RECOMMENDED || candidate.stage() == CampaignStage.NAMED;
		}
	}

	public record View(int year, List<Ranked> ranked, List<CampaignSummary> vetoed, List<CampaignSummary> pending) {

		public List<Ranked> recommended() {
			return ranked.stream().filter(Ranked::recommended).toList();
		}
	}
}

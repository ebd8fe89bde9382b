package cn.shuangyong.modelcity;

import java.time.Year;

import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.employment.JobFairs;
import cn.shuangyong.shared.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Figures of a campaign's evidence that the platform already holds, read from the module that keeps them rather than
 * typed by the candidate: the job fairs for military spouses (随军家属专场招聘会) held in the candidate city and its
 * regions in the campaign's year, from {@code employment}.
 */
@Service
public class PlatformEvidence {

	private final Campaigns campaigns;

	private final JobFairs jobFairs;

	PlatformEvidence(Campaigns campaigns, JobFairs jobFairs) {
		this.campaigns = campaigns;
		this.jobFairs = jobFairs;
	}

	/** The figures for a campaign the user may read (404 otherwise, as the campaign itself). */
	public Figures of(long campaignId, CurrentUser user) {
		CampaignSummary campaign = campaigns.summary(campaignId, user);
		return new Figures(campaign.regionCode(), campaign.year(),
				jobFairs.fairsHeld(RegionCode.of(campaign.regionCode()), Year.of(campaign.year())));
	}

	/** {@code fairsHeld}: the job fairs for military spouses held in {@code regionCode} and below in {@code year}. */
	public record Figures(String regionCode, int year, int fairsHeld) {
	}
}

package cn.shuangyong.priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign as a user sees it: the places of their scope it covers, the draws, the findings with their figures, and
 * the names of the units and regions they mention (pages show names, never codes).
 */
public record CampaignBoard(Campaign campaign, String officeName, List<BoardPlace> places, List<RecordedDraw> draws,
		List<Finding> findings, ComplianceFigures figures, Map<String, String> regionNames, LocalDate today) {

	/** A covered place with its department's and region's names and how far its self-check has come. */
	public record BoardPlace(CampaignPlace covered, String departmentName, String regionName, int items) {
	}

	public long openFindings() {
		return findings.stream().filter(f -> f.state() == FindingState.OPEN).count();
	}

	public long redFindings() {
		return findings.stream().filter(f -> f.overdueOn(today)).count();
	}
}

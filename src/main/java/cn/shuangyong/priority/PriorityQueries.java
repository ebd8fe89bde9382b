package cn.shuangyong.priority;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.Region;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import org.springframework.stereotype.Service;

/**
 * Reading inspections: campaigns run in the user's scope or above it (they cover its places); places and findings in
 * the scope, by the place's region (404 outside it).
 */
@Service
public class PriorityQueries {

	private final InspectionCampaignStore campaigns;

	private final PlaceStore places;

	private final FindingStore findings;

	private final Checklists checklists;

	private final Inspections inspections;

	private final Directory directory;

	private final BusinessClock clock;

	private final InspectionPhotos photos;

	PriorityQueries(InspectionCampaignStore campaigns, PlaceStore places, FindingStore findings, Checklists checklists,
			Inspections inspections, Directory directory, BusinessClock clock, InspectionPhotos photos) {
		this.photos = photos;
		this.campaigns = campaigns;
		this.places = places;
		this.findings = findings;
		this.checklists = checklists;
		this.inspections = inspections;
		this.directory = directory;
		this.clock = clock;
	}

	public ListPage<Campaign> campaigns(Integer year, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		return paging.slice(campaigns.visible(by.scope(), year));
	}

	public CampaignBoard board(long campaignId, CurrentUser by) {
		Campaign campaign = inspections.campaign(campaignId, by);
		List<CampaignPlace> covered = campaigns.places(campaignId).stream()
			.filter(p -> by.covers(p.place().regionCode())).toList();
		Map<Long, Integer> itemCounts = checklists.editions().stream()
			.collect(Collectors.toMap(ChecklistEdition::id, e -> e.items().size()));
		List<Finding> found = findings.ofCampaign(campaignId, by.scope());
		Map<Long, String> units = unitNames(Stream.concat(Stream.of(campaign.officeUnitId()),
				covered.stream().map(p -> p.place().departmentUnitId())).toList());
		Map<String, String> regions = regionNames(Stream.concat(covered.stream().map(p -> p.place().regionCode()),
				found.stream().map(Finding::regionCode)).collect(Collectors.toSet()));
		List<CampaignBoard.BoardPlace> boardPlaces = covered.stream().map(p -> new CampaignBoard.BoardPlace(p,
				units.getOrDefault(p.place().departmentUnitId(), ""), regions.getOrDefault(p.place().regionCode(), ""),
				itemCounts.getOrDefault(p.checklistId(), 0))).toList();
		return new CampaignBoard(campaign, units.getOrDefault(campaign.officeUnitId(), ""), boardPlaces,
				campaigns.draws(campaignId), found, ComplianceFigures.of(found), regions, clock.today());
	}

	public List<Place> places(CurrentUser by) {
		by.require(Permission.WORK_READ);
		return places.within(by.scope());
	}

	public PlaceHistory place(long placeId, CurrentUser by) {
		Place place = visiblePlace(placeId, by);
		List<Finding> found = findings.ofPlace(placeId);
		return new PlaceHistory(place, unitNames(List.of(place.departmentUnitId())).getOrDefault(place.departmentUnitId(), ""),
				regionNames(Set.of(place.regionCode())).getOrDefault(place.regionCode(), ""), found,
				photos.ofFindings(found.stream().map(Finding::id).toList()), clock.today());
	}

	/** The checklist a place is judged by in a campaign, for the inspector's and the department's forms. */
	public ChecklistEdition checklistFor(long campaignId, long placeId, CurrentUser by) {
		inspections.campaign(campaignId, by);
		visiblePlace(placeId, by);
		CampaignPlace covered = campaigns.places(campaignId).stream().filter(p -> p.place().id() == placeId).findFirst()
			.orElseThrow(() -> new NotFoundException("该场所不在本次检查活动中"));
		return checklists.editions().stream().filter(e -> e.id() == covered.checklistId()).findFirst().orElseThrow();
	}

	/** The photos a place's department took with its self-check in a campaign. */
	public List<InspectionPhotos.PhotoRef> selfCheckPhotos(long campaignId, long placeId, CurrentUser by) {
		inspections.campaign(campaignId, by);
		visiblePlace(placeId, by);
		return photos.ofSelfCheck(campaignId, placeId);
	}

	public List<SelfCheckAnswer> answers(long campaignId, long placeId, CurrentUser by) {
		inspections.campaign(campaignId, by);
		visiblePlace(placeId, by);
		return campaigns.answers(campaignId, placeId);
	}

	public ListPage<Finding> findings(String status, Paging paging, CurrentUser by) {
		by.require(Permission.WORK_READ);
		FindingState state = status == null || status.isBlank() ? null : FindingState.parse(status);
		return findings.within(by.scope(), state, paging);
	}

	public Finding finding(long id, CurrentUser by) {
		Finding finding = findings.find(id).orElseThrow(() -> new NotFoundException("检查发现不存在"));
		by.mayRead(finding.regionCode(), Permission.WORK_READ, "检查发现不存在");
		return finding;
	}

	public Place visiblePlace(long placeId, CurrentUser by) {
		Place place = places.find(placeId).orElseThrow(() -> new NotFoundException("检查场所不存在"));
		by.mayRead(place.regionCode(), Permission.WORK_READ, "检查场所不存在");
		return place;
	}

	public Map<Long, String> unitNames(Collection<Long> ids) {
		return directory.units(ids.stream().distinct().map(UnitId::new).toList()).stream()
			.collect(Collectors.toMap(u -> u.id().value(), Unit::name));
	}

	public Map<String, String> regionNames(Set<String> codes) {
		Map<String, String> names = new HashMap<>();
		codes.forEach(code -> directory.region(RegionCode.of(code)).map(Region::name).ifPresent(n -> names.put(code, n)));
		return names;
	}
}

package cn.shuangyong.priority;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.files.Upload;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of an inspection: an office registers the places of its region and opens its campaign of the year, which
 * gives each responsible department a self-check task; the office then chooses places for spot checks, and its
 * inspectors record findings, each failed one becoming a rectification task of the place's department.
 */
@Service
public class Inspections {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final PlaceStore places;

	private final InspectionCampaignStore campaigns;

	private final FindingStore findings;

	private final Checklists checklists;

	private final Directory directory;

	private final TaskIssuing tasks;

	private final SelfCheckSource selfCheckSource;

	private final RectificationSource rectificationSource;

	private final AuditTrail audit;

	private final BusinessClock clock;

	private final InspectionPhotos photos;

	Inspections(PlaceStore places, InspectionCampaignStore campaigns, FindingStore findings, Checklists checklists,
			Directory directory, TaskIssuing tasks, SelfCheckSource selfCheckSource,
			RectificationSource rectificationSource, AuditTrail audit, BusinessClock clock, InspectionPhotos photos) {
		this.photos = photos;
		this.places = places;
		this.campaigns = campaigns;
		this.findings = findings;
		this.checklists = checklists;
		this.directory = directory;
		this.tasks = tasks;
		this.selfCheckSource = selfCheckSource;
		this.rectificationSource = rectificationSource;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long addPlace(NewPlace place, CurrentUser by) {
		office(by);
		if (!by.covers(place.regionCode()) || directory.region(RegionCode.of(place.regionCode())).isEmpty()) {
			throw new InvalidInputException("所在地区：不在您的管辖范围内");
		}
		if (directory.unit(new UnitId(place.departmentUnitId())).isEmpty()) {
			throw new InvalidInputException("责任部门：所选单位不存在");
		}
		long id = places.insert(place, by.getUsername(), now());
		audit.record(by, "PRIORITY_PLACE_ADDED", AuditTarget.of("PRIORITY_PLACE", id), place.name());
		joinRunningCampaigns(id, place);
		return id;
	}

	/**
	 * A place registered while a campaign over its region runs joins that campaign, judged by its sector's checklist in
	 * force on the campaign's first day (none in force: it stays out). In the self-check phase its department gets the
	 * campaign's self-check task if it has none yet, due on the self-check day (not once that day has passed); in the
	 * spot-check phase the place can be drawn or chosen.
	 */
	private void joinRunningCampaigns(long placeId, NewPlace place) {
		List<ChecklistEdition> editions = null;
		for (Campaign campaign : campaigns.runningOver(place.regionCode())) {
			editions = editions == null ? checklists.editions() : editions;
			java.util.Optional<ChecklistEdition> edition = ChecklistEdition.inForce(editions, place.sector(),
					campaign.startsOn());
			if (edition.isEmpty()) {
				continue;
			}
			campaigns.cover(campaign.id(), placeId, edition.get().id());
			if (campaign.phase() == CampaignPhase.SELF_CHECK && !clock.today().isAfter(campaign.selfCheckBy())
					&& !campaigns.hasSelfCheck(campaign.id(), place.departmentUnitId())) {
				long selfCheck = campaigns.insertSelfCheck(campaign.id(), place.departmentUnitId());
				long task = tasks.open(new OpenTask(selfCheckSource, selfCheck, "军人依法优先自查：" + campaign.title(),
						List.of(place.departmentUnitId()), List.of(), campaign.selfCheckBy(), campaign.officeUnitId()));
				campaigns.linkSelfCheckTask(selfCheck, task);
			}
		}
	}

	/**
	 * The office corrects a place: its name, sector, region, department or address. Campaigns already opened keep the
	 * checklist they judged it by, and tasks already opened stay with the department they were given to.
	 */
	@Transactional
	public void changePlace(long id, int version, NewPlace changed, CurrentUser by) {
		Place place = officePlace(id, by);
		if (place.retired()) {
			throw new ConflictException("检查场所：已于 " + place.retiredOn() + " 停用，不能再修改");
		}
		if (!by.covers(changed.regionCode()) || directory.region(RegionCode.of(changed.regionCode())).isEmpty()) {
			throw new InvalidInputException("所在地区：不在您的管辖范围内");
		}
		if (directory.unit(new UnitId(changed.departmentUnitId())).isEmpty()) {
			throw new InvalidInputException("责任部门：所选单位不存在");
		}
		places.update(id, version, changed);
		audit.record(by, "PRIORITY_PLACE_CHANGED", AuditTarget.of("PRIORITY_PLACE", id), changed.name());
	}

	/**
	 * The office retires a place that closed or is no longer inspected: its history stays and later campaigns leave it
	 * out. A place with a finding still being put right is retired only after the rectification.
	 */
	@Transactional
	public void retirePlace(long id, int version, String reason, CurrentUser by) {
		Place place = officePlace(id, by);
		if (place.retired()) {
			throw new ConflictException("检查场所：已于 " + place.retiredOn() + " 停用");
		}
		if (!FreeText.fits(reason, 500)) {
			throw new InvalidInputException("停用原因：请填写，不超过 500 字");
		}
		long open = findings.ofPlace(id).stream().filter(f -> f.state() == FindingState.OPEN).count();
		if (open > 0) {
			throw new InvalidInputException("检查场所：还有 " + open + " 项检查发现未整改完毕，整改完毕后才能停用");
		}
		places.retire(id, version, clock.today(), FreeText.clean(reason));
		audit.record(by, "PRIORITY_PLACE_RETIRED", AuditTarget.of("PRIORITY_PLACE", id), FreeText.clean(reason));
	}

	private Place officePlace(long id, CurrentUser by) {
		Place place = places.find(id).orElseThrow(() -> new NotFoundException("检查场所不存在"));
		by.mayRead(place.regionCode(), Permission.WORK_READ, "检查场所不存在");
		office(by);
		return place;
	}

	/**
	 * Opens the office's campaign of the year over every place registered in its region, each judged by its sector's
	 * checklist in force on the first day; each responsible department gets one self-check task.
	 */
	@Transactional
	public long openCampaign(NewCampaign campaign, CurrentUser by) {
		office(by);
		List<Place> covered = places.inspectedWithin(by.scope());
		if (covered.isEmpty()) {
			throw new InvalidInputException("检查场所：本地区还没有登记检查场所，请先登记");
		}
		List<ChecklistEdition> editions = checklists.editions();
		Map<Sector, ChecklistEdition> inForce = new java.util.EnumMap<>(Sector.class);
		for (Place place : covered) {
			ChecklistEdition edition = ChecklistEdition.inForce(editions, place.sector(), campaign.startsOn())
				.orElseThrow(() -> new InvalidInputException("开始日期：" + campaign.startsOn() + "时该行业还没有施行的检查清单"));
			inForce.put(place.sector(), edition);
		}
		long id = campaigns.insert(campaign, by.unitId(), by.regionCode(), by.getUsername(), now());
		covered.forEach(p -> campaigns.cover(id, p.id(), inForce.get(p.sector()).id()));
		Set<Long> departments = covered.stream().map(Place::departmentUnitId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		for (long department : departments) {
			long selfCheck = campaigns.insertSelfCheck(id, department);
			long task = tasks.open(new OpenTask(selfCheckSource, selfCheck, "军人依法优先自查：" + campaign.title(),
					List.of(department), List.of(), campaign.selfCheckBy(), by.unitId()));
			campaigns.linkSelfCheckTask(selfCheck, task);
		}
		audit.record(by, "PRIORITY_CAMPAIGN_OPENED", AuditTarget.of("PRIORITY_CAMPAIGN", id),
				campaign.year() + "，" + covered.size() + " 个场所");
		return id;
	}

	/** A responsible department answers the checklist for one of its places, item by item. */
	@Transactional
	public void answerSelfCheck(long campaignId, long placeId, List<SelfCheckAnswer> answers, CurrentUser by) {
		answerSelfCheck(campaignId, placeId, answers, List.of(), by);
	}

	/** The same, with photos of the place (JPG or PNG, at most five at a time). */
	@Transactional
	public void answerSelfCheck(long campaignId, long placeId, List<SelfCheckAnswer> answers, List<Upload> photos,
			CurrentUser by) {
		Campaign campaign = campaign(campaignId, by);
		CampaignPlace covered = covered(campaign, placeId);
		if (!by.can(Permission.WORK_EDIT) || by.unitId() != covered.place().departmentUnitId()) {
			throw new AccessDeniedException("只有该场所的责任部门可以填报自查");
		}
		campaign.phase().require(CampaignPhase.SELF_CHECK, "填报自查");
		Set<Long> itemIds = items(covered).keySet();
		if (answers == null || answers.isEmpty()) {
			throw new InvalidInputException("自查结果：请逐项填写");
		}
		for (SelfCheckAnswer answer : answers) {
			if (!itemIds.contains(answer.itemId())) {
				throw new InvalidInputException("检查项：不属于该场所适用的检查清单");
			}
			if (answer.note() != null && (answer.note().length() > 1000
					|| FreeText.hasControl(answer.note()))) {
				throw new InvalidInputException("自查说明不能超过 1000 字");
			}
		}
		this.photos.check(photos);
		answers.forEach(a -> campaigns.answer(campaignId, placeId, a.itemId(), a.compliant(),
				a.note() == null || a.note().isBlank() ? null : a.note().strip(), by.getUsername(), now()));
		this.photos.store(campaignId, covered.place(), null, photos, by);
		audit.record(by, "PRIORITY_SELF_CHECK", AuditTarget.of("PRIORITY_CAMPAIGN", campaignId), "场所 " + placeId);
	}

	/**
	 * Draws places for spot checks among those not yet chosen, from the given seed or a fresh one, and records the
	 * draw so that it can be repeated.
	 */
	@Transactional
	public RecordedDraw draw(long campaignId, int count, Long seed, CurrentUser by) {
		Campaign campaign = own(campaignId, by);
		campaign.phase().require(CampaignPhase.SPOT_CHECK, "抽取抽查场所");
		if (count < 1 || count > 500) {
			throw new InvalidInputException("抽取数量：须在 1 到 500 之间");
		}
		List<Long> candidates = campaigns.places(campaignId).stream().filter(p -> !p.spotChecked())
			.map(p -> p.place().id()).toList();
		if (candidates.isEmpty()) {
			throw new InvalidInputException("抽取数量：本次活动的场所都已列入抽查名单");
		}
		SpotCheckDraw draw = new SpotCheckDraw(seed != null ? seed : SEEDS.nextLong(), count, candidates);
		long drawId = campaigns.insertDraw(campaign.id(), draw, by.getUsername(), now());
		draw.chosen().forEach(place -> campaigns.chooseForSpotCheck(campaignId, place, "RANDOM", drawId));
		audit.record(by, "PRIORITY_SPOT_DRAW", AuditTarget.of("PRIORITY_CAMPAIGN", campaignId),
				"种子 " + draw.seed() + "，抽取 " + draw.chosen().size() + "/" + candidates.size());
		return campaigns.draws(campaignId).stream().filter(d -> d.id() == drawId).findFirst().orElseThrow();
	}

	/** The office adds places to the spot checks by hand. */
	@Transactional
	public void chooseByHand(long campaignId, List<Long> placeIds, CurrentUser by) {
		own(campaignId, by).phase().require(CampaignPhase.SPOT_CHECK, "指定抽查场所");
		if (placeIds == null || placeIds.isEmpty()) {
			throw new InvalidInputException("抽查场所：请至少选择一个");
		}
		Set<Long> inCampaign = campaigns.places(campaignId).stream().map(p -> p.place().id()).collect(Collectors.toSet());
		if (!inCampaign.containsAll(placeIds)) {
			throw new InvalidInputException("抽查场所：所选场所不在本次检查活动中");
		}
		placeIds.forEach(place -> campaigns.chooseForSpotCheck(campaignId, place, "HAND", null));
		audit.record(by, "PRIORITY_SPOT_CHOSEN", AuditTarget.of("PRIORITY_CAMPAIGN", campaignId),
				placeIds.size() + " 个场所");
	}

	/**
	 * An inspector of an office over the place records one item's result; a failed item becomes a task of the place's
	 * department, due on the rectification day, which the inspector's office re-checks and signs off.
	 */
	@Transactional
	public long recordFinding(long campaignId, NewFinding finding, CurrentUser by) {
		return recordFinding(campaignId, finding, List.of(), by);
	}

	/** The same, with photos of what the inspector saw (JPG or PNG, at most five). */
	@Transactional
	public long recordFinding(long campaignId, NewFinding finding, List<Upload> photos, CurrentUser by) {
		Campaign campaign = campaign(campaignId, by);
		office(by);
		campaign.phase().require(CampaignPhase.SPOT_CHECK, "记录检查发现");
		CampaignPlace covered = campaigns.places(campaignId).stream()
			.filter(p -> p.place().id() == finding.placeId() && p.spotChecked()).findFirst()
			.orElseThrow(() -> new InvalidInputException("检查场所：不在本次检查活动的抽查名单中"));
		if (!by.covers(covered.place().regionCode())) {
			throw new AccessDeniedException("该场所不在您的管辖范围内");
		}
		ChecklistItem item = items(covered).get(finding.itemId());
		if (item == null) {
			throw new InvalidInputException("检查项：不属于该场所适用的检查清单");
		}
		if (finding.foundOn().isBefore(campaign.startsOn()) || finding.foundOn().isAfter(clock.today())) {
			throw new InvalidInputException("检查日期：须在活动开始（" + campaign.startsOn() + "）之后、今天之前");
		}
		this.photos.check(photos);
		long id = findings.insert(campaignId, covered.place(), finding, by.getUsername());
		this.photos.store(campaignId, covered.place(), id, photos, by);
		if (!finding.passed()) {
			String title = "军人依法优先整改：" + covered.place().name() + "—" + abbreviated(item.text());
			long task = tasks.open(new OpenTask(rectificationSource, id, title, List.of(covered.place().departmentUnitId()),
					List.of(), finding.rectifyBy(), by.unitId()));
			findings.linkTask(id, task);
		}
		audit.record(by, "PRIORITY_FINDING", AuditTarget.of("PRIORITY_FINDING", id), finding.passed() ? "合格" : "不合格");
		return id;
	}

	/**
	 * The organising office moves its campaign on, one phase at a time: the self-check ends on its day, or earlier
	 * once every place has answered; the campaign closes once no finding is left open.
	 */
	@Transactional
	public void advance(long campaignId, CampaignPhase to, int version, CurrentUser by) {
		Campaign campaign = own(campaignId, by);
		if (campaign.version() != version) {
			throw new ConflictException("检查阶段：本次活动已由他人变更，请刷新页面后再试");
		}
		if (!campaign.phase().next().contains(to)) {
			throw new ConflictException("检查阶段：本次活动处于" + campaign.phase().label()
					+ "阶段，不能" + (to.ordinal() > campaign.phase().ordinal() ? "跳过中间阶段直接" : "退回") + "进入"
					+ to.label() + "阶段");
		}
		if (to == CampaignPhase.SPOT_CHECK && !clock.today().isAfter(campaign.selfCheckBy())) {
			long unanswered = campaigns.places(campaignId).stream().filter(p -> p.answered() == 0).count();
			if (unanswered > 0) {
				throw new InvalidInputException("检查阶段：自查截止日期（" + campaign.selfCheckBy() + "）未到，还有 "
						+ unanswered + " 个场所未填报自查，暂不能进入抽查阶段");
			}
		}
		if (to == CampaignPhase.CLOSED) {
			long open = findings.openIn(campaignId);
			if (open > 0) {
				throw new InvalidInputException("检查阶段：还有 " + open + " 项检查发现未整改完毕，不能结束本次活动");
			}
		}
		campaigns.movePhase(campaign, to);
		audit.record(by, "PRIORITY_CAMPAIGN_PHASE", AuditTarget.of("PRIORITY_CAMPAIGN", campaignId), to.label());
	}

	/** The campaign's id of a self-check task's record, for the task's link back; 404 outside the scope. */
	public long campaignOfSelfCheck(long selfCheckId, CurrentUser by) {
		long campaignId = campaigns.campaignOfSelfCheck(selfCheckId).orElseThrow(() -> new NotFoundException("自查任务不存在"));
		campaign(campaignId, by);
		return campaignId;
	}

	Campaign campaign(long id, CurrentUser by) {
		Campaign campaign = campaigns.find(id).orElseThrow(() -> new NotFoundException("检查活动不存在"));
		if (!by.covers(campaign.regionCode()) && !by.regionCode().startsWith(campaign.regionCode())) {
			throw new NotFoundException("检查活动不存在");
		}
		by.require(Permission.WORK_READ);
		return campaign;
	}

	private Campaign own(long id, CurrentUser by) {
		Campaign campaign = campaign(id, by);
		if (!by.can(Permission.PLANS_PUBLISH) || by.unitId() != campaign.officeUnitId()) {
			throw new AccessDeniedException("只有组织本次活动的双拥办可以确定抽查场所");
		}
		return campaign;
	}

	private CampaignPlace covered(Campaign campaign, long placeId) {
		return campaigns.places(campaign.id()).stream().filter(p -> p.place().id() == placeId).findFirst()
			.orElseThrow(() -> new InvalidInputException("检查场所：不在本次检查活动中"));
	}

	private Map<Long, ChecklistItem> items(CampaignPlace place) {
		return checklists.editions().stream().filter(e -> e.id() == place.checklistId()).findFirst().orElseThrow()
			.items().stream().collect(Collectors.toMap(ChecklistItem::id, Function.identity()));
	}

	private static void office(CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以组织军人依法优先检查");
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock.clock());
	}

	private static String abbreviated(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}

}

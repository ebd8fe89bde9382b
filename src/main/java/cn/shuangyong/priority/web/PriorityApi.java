package cn.shuangyong.priority.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.priority.Campaign;
import cn.shuangyong.priority.CampaignBoard;
import cn.shuangyong.priority.CampaignPhase;
import cn.shuangyong.priority.ChecklistEdition;
import cn.shuangyong.priority.Checklists;
import cn.shuangyong.priority.ComplianceFigures;
import cn.shuangyong.priority.Finding;
import cn.shuangyong.priority.Inspections;
import cn.shuangyong.priority.NewCampaign;
import cn.shuangyong.priority.NewChecklistEdition;
import cn.shuangyong.priority.NewFinding;
import cn.shuangyong.priority.NewPlace;
import cn.shuangyong.priority.Place;
import cn.shuangyong.priority.PriorityQueries;
import cn.shuangyong.priority.RecordedDraw;
import cn.shuangyong.priority.SelfCheckAnswer;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.ApiLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 军人依法优先 inspections as JSON: checklists, places, campaigns, spot checks and findings. */
@RestController
@RequestMapping("/api/v1/priority")
@Tag(name = "军人依法优先", description = "行业检查清单（按施行日期分版本，逐项注明法律依据）、检查场所、年度检查活动、自查、抽查和检查发现（不合格项转为整改督办任务）")
class PriorityApi {

	private final PriorityQueries queries;

	private final Inspections inspections;

	private final Checklists checklists;

	private final ApiLabels labels;

	private final BusinessClock clock;

	PriorityApi(PriorityQueries queries, Inspections inspections, Checklists checklists, ApiLabels labels,
			BusinessClock clock) {
		this.clock = clock;
		this.queries = queries;
		this.inspections = inspections;
		this.checklists = checklists;
		this.labels = labels;
	}

	@Operation(summary = "检查清单（各行业各版本）", description = "每项注明所依据的条款；无条款依据的项 verified 为 false（待核实）")
	@GetMapping("/checklists")
	List<ChecklistEdition> checklists() {
		return checklists.editions();
	}

	@Operation(summary = "发布行业检查清单新版本（省双拥办）", description = "每项须填写条款（clause），或说明暂无条款依据（clauseNote，该项标为待核实）")
	@PostMapping("/checklists")
	@ResponseStatus(HttpStatus.CREATED)
	ChecklistEdition publish(@RequestBody ChecklistJson body, @AuthenticationPrincipal CurrentUser user) {
		long id = checklists.publish(NewChecklistEdition.of(body.sector(), body.effectiveFrom(), body.basis(),
				body.items() == null ? null : body.items().stream()
					.map(i -> i == null ? null : new NewChecklistEdition.Item(i.text(), i.clause(), i.clauseNote())).toList()),
				user);
		return checklists.editions().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
	}

	@Operation(summary = "检查场所（数据范围内）")
	@GetMapping("/places")
	List<PlaceJson> places(@AuthenticationPrincipal CurrentUser user) {
		return queries.places(user).stream().map(this::json).toList();
	}

	@Operation(summary = "登记检查场所（双拥办）", description = "sector 为 CIVIL_AVIATION、RAILWAY、COACH、CITY_TRANSIT、HOSPITAL、BANK、TELECOM、CULTURE_TOURISM 或 JUSTICE")
	@PostMapping("/places")
	@ResponseStatus(HttpStatus.CREATED)
	PlaceJson addPlace(@RequestBody NewPlaceJson body, @AuthenticationPrincipal CurrentUser user) {
		long id = inspections.addPlace(NewPlace.of(body.name(), body.sector(), body.regionCode(), body.departmentUnitId(),
				body.address()), user);
		return json(queries.visiblePlace(id, user));
	}

	@Operation(summary = "修改检查场所（双拥办）", description = "version 为读取时的版本；已停用的场所不能修改")
	@PutMapping("/places/{id}")
	PlaceJson changePlace(@PathVariable long id, @RequestBody NewPlaceJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.version() == null) {
			throw new InvalidInputException("版本（version）：请填写读取场所时的版本");
		}
		inspections.changePlace(id, body.version(), NewPlace.of(body.name(), body.sector(), body.regionCode(),
				body.departmentUnitId(), body.address()), user);
		return json(queries.visiblePlace(id, user));
	}

	@Operation(summary = "停用检查场所（双拥办）", description = "写明原因；有未整改完毕的检查发现时不能停用；历史记录保留")
	@PostMapping("/places/{id}/retire")
	PlaceJson retirePlace(@PathVariable long id, @RequestBody RetireJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.version() == null) {
			throw new InvalidInputException("版本（version）：请填写读取场所时的版本");
		}
		inspections.retirePlace(id, body.version(), body.reason(), user);
		return json(queries.visiblePlace(id, user));
	}

	@Operation(summary = "年度检查活动（本级及上级组织的，分页）", description = Paging.API_DESCRIPTION)
	@GetMapping("/campaigns")
	ListPage<Campaign> campaigns(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.campaigns(year, Paging.of(page, size), user);
	}

	@Operation(summary = "检查活动看板：本范围内的场所、抽查记录、检查发现和合格率")
	@GetMapping("/campaigns/{id}")
	BoardJson campaign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		CampaignBoard board = queries.board(id, user);
		return new BoardJson(board.campaign(), board.officeName(),
				board.places().stream().map(p -> new BoardPlaceJson(json(p.covered().place()), p.departmentName(),
						p.regionName(), p.covered().spotChosen(), p.covered().answered(), p.items())).toList(),
				board.draws(), board.findings().stream().map(f -> json(f)).toList(), board.figures());
	}

	@Operation(summary = "建立本级年度检查活动（双拥办），并为各责任部门生成自查任务")
	@PostMapping("/campaigns")
	@ResponseStatus(HttpStatus.CREATED)
	BoardJson open(@RequestBody CampaignJson body, @AuthenticationPrincipal CurrentUser user) {
		long id = inspections.openCampaign(NewCampaign.of(body.year(), body.title(), body.startsOn(), body.selfCheckBy()),
				user);
		return campaign(id, user);
	}

	@Operation(summary = "责任部门填报场所自查结果")
	@PostMapping("/campaigns/{id}/places/{placeId}/self-check")
	List<SelfCheckAnswer> selfCheck(@PathVariable long id, @PathVariable long placeId, @RequestBody SelfCheckJson body,
			@AuthenticationPrincipal CurrentUser user) {
		inspections.answerSelfCheck(id, placeId, body.answers(), user);
		return queries.answers(id, placeId, user);
	}

	@Operation(summary = "进入下一检查阶段（组织活动的双拥办）",
			description = "phase 为 SPOT_CHECK（结束自查，进入抽查整改）或 CLOSED（结束活动）；须逐阶段推进，version 为读取时的版本")
	@PostMapping("/campaigns/{id}/phase")
	BoardJson advance(@PathVariable long id, @RequestBody PhaseJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.version() == null) {
			throw new InvalidInputException("版本（version）：请填写读取活动时的版本");
		}
		inspections.advance(id, CampaignPhase.parse(body.phase()), body.version(), user);
		return campaign(id, user);
	}

	@Operation(summary = "随机抽取抽查场所（组织活动的双拥办）", description = "seed 可不填（由系统生成并记录）；同一种子、数量和候选场所总得到同一结果")
	@PostMapping("/campaigns/{id}/draws")
	@ResponseStatus(HttpStatus.CREATED)
	RecordedDraw draw(@PathVariable long id, @RequestBody DrawJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.count() == null) {
			throw new InvalidInputException("抽取数量（count）：请填写");
		}
		return inspections.draw(id, body.count(), body.seed(), user);
	}

	@Operation(summary = "人工指定抽查场所（组织活动的双拥办）")
	@PostMapping("/campaigns/{id}/spot-checks")
	BoardJson choose(@PathVariable long id, @RequestBody ChoiceJson body, @AuthenticationPrincipal CurrentUser user) {
		inspections.chooseByHand(id, body.placeIds(), user);
		return campaign(id, user);
	}

	@Operation(summary = "记录检查发现（检查人员）", description = "result 为 PASS 或 FAIL；不合格须写明情况和整改期限，并生成责任部门的整改督办任务")
	@PostMapping("/campaigns/{id}/findings")
	@ResponseStatus(HttpStatus.CREATED)
	FindingJson record(@PathVariable long id, @RequestBody FindingInput body, @AuthenticationPrincipal CurrentUser user) {
		long finding = inspections.recordFinding(id, NewFinding.of(body.placeId(), body.itemId(), body.result(), body.note(),
				body.foundOn(), body.rectifyBy()), user);
		return json(queries.finding(finding, user));
	}

	@Operation(summary = "检查发现（数据范围内，按场所所在地区；分页）", description = "status 为 PASSED、OPEN 或 RECTIFIED；" + Paging.API_DESCRIPTION)
	@GetMapping("/findings")
	ListPage<FindingJson> findings(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.findings(status, Paging.of(page, size), user).map(f -> json(f));
	}

	@Operation(summary = "单个检查发现")
	@GetMapping("/findings/{id}")
	FindingJson finding(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(queries.finding(id, user));
	}

	private PlaceJson json(Place p) {
		return new PlaceJson(p.id(), p.name(), p.sector().name(), labels.of(p.sector().messageKey()), p.regionCode(),
				p.departmentUnitId(), p.address(), p.retiredOn(), p.retiredReason(), p.version());
	}

	private FindingJson json(Finding f) {
		return new FindingJson(f.id(), f.campaignId(), f.placeId(), f.placeName(), f.sector().name(),
				labels.of(f.sector().messageKey()), f.regionCode(), f.itemId(), f.itemText(), f.citation(), f.verified(),
				f.passed(), f.note(), f.inspector(), f.foundOn(), f.rectifyBy(), f.taskId(), f.state().name(),
				labels.of(f.state().messageKey()), f.rectifiedOn(), f.overdueOn(clock.today()));
	}

	record PlaceJson(long id, String name, String sector, String sectorLabel, String regionCode, long departmentUnitId,
			String address, java.time.LocalDate retiredOn,
			String retiredReason, int version) {
	}

	record RetireJson(String reason, Integer version) {
	}

	record NewPlaceJson(String name, String sector, String regionCode, Long departmentUnitId, String address,
			Integer version) {
	}

	record PhaseJson(String phase, Integer version) {
	}

	record CampaignJson(Integer year, String title, LocalDate startsOn, LocalDate selfCheckBy) {
	}

	record BoardJson(Campaign campaign, String officeName, List<BoardPlaceJson> places, List<RecordedDraw> draws,
			List<FindingJson> findings, ComplianceFigures figures) {
	}

	record BoardPlaceJson(PlaceJson place, String departmentName, String regionName, String spotChosen, int answered,
			int items) {
	}

	record SelfCheckJson(List<SelfCheckAnswer> answers) {
	}

	record DrawJson(Integer count, Long seed) {
	}

	record ChoiceJson(List<Long> placeIds) {
	}

	record FindingInput(Long placeId, Long itemId, String result, String note, LocalDate foundOn, LocalDate rectifyBy) {
	}

	/** A finding; {@code red} when still open after its rectification day. */
	record FindingJson(long id, long campaignId, long placeId, String placeName, String sector, String sectorLabel,
			String regionCode, long itemId, String itemText, String citation, boolean verified, boolean passed,
			String note, String inspector, LocalDate foundOn, LocalDate rectifyBy, Long taskId, String state,
			String stateLabel, LocalDate rectifiedOn, boolean red) {
	}

	record ChecklistJson(String sector, LocalDate effectiveFrom, String basis, List<ChecklistItemJson> items) {
	}

	record ChecklistItemJson(String text, String clause, String clauseNote) {
	}
}

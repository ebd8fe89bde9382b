package cn.shuangyong.stations.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.stations.FiveHas;
import cn.shuangyong.stations.FiveHasChecks;
import cn.shuangyong.stations.FiveHasQueries;
import cn.shuangyong.stations.FiveHasWorkbook;
import cn.shuangyong.stations.FiveHasRecord;
import cn.shuangyong.stations.LevelCoverage;
import cn.shuangyong.stations.SupplyFigure;
import cn.shuangyong.stations.SupplyStation;
import cn.shuangyong.stations.SupplyStations;
import cn.shuangyong.stations.SupplyTask;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The 五有 network and the supply stations as JSON. */
@RestController
@RequestMapping("/api/v1/stations")
@Tag(name = "军供站与服务保障体系", description = "“五有”标准落实情况及覆盖率；军供站的供应能力、军供任务和年度统计")
class StationsApi {

	private final FiveHasQueries queries;

	private final FiveHasChecks checks;

	private final SupplyStations supply;

	private final ApiLabels labels;

	private final FiveHasWorkbook workbook;

	StationsApi(FiveHasQueries queries, FiveHasChecks checks, SupplyStations supply, ApiLabels labels,
			FiveHasWorkbook workbook) {
		this.workbook = workbook;
		this.queries = queries;
		this.checks = checks;
		this.supply = supply;
		this.labels = labels;
	}

	record FiveHasJson(long stationId, String station, String region, String level, boolean organisation,
			boolean posts, boolean staff, boolean funds, boolean support, boolean complete, List<String> missing,
			String evidence, LocalDate checkedOn, boolean confirmed, int version) {
	}

	record CoverageJson(String level, String levelLabel, int stations, int recorded, int complete, int confirmed,
			double rate) {
	}

	/** A page of records with the coverage per level beside it. */
	record FiveHasPage(List<FiveHasJson> content, long totalElements, int page, int size, List<CoverageJson> coverage) {
	}

	@Operation(summary = "“五有”落实情况（分页）及各级覆盖率", description = "region 为本级或下级行政区划代码；shortOnly=true 只列未达标的；"
			+ "coverage 为各级服务中心（站）数、已填报数、五有齐全数、已确认数和覆盖率（%）；" + Paging.API_DESCRIPTION)
	@GetMapping("/five-has")
	FiveHasPage fiveHas(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean shortOnly, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		ListPage<FiveHasRecord> found = queries.page(region, shortOnly, Paging.of(page, size), user);
		List<CoverageJson> coverage = queries.coverage(region, user).stream().map(this::json).toList();
		return new FiveHasPage(found.content().stream().map(StationsApi::json).toList(), found.totalElements(),
				found.page(), found.size(), coverage);
	}

	@Operation(summary = "“五有”落实情况（.xlsx）", description = "与 /five-has 相同的筛选（region、shortOnly），不分页；"
			+ "每次下载记入审计日志")
	@GetMapping("/five-has.xlsx")
	org.springframework.http.ResponseEntity<byte[]> fiveHasXlsx(@RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean shortOnly, @AuthenticationPrincipal CurrentUser user) {
		return cn.shuangyong.shared.web.Attachment.xlsx("五有落实情况.xlsx", workbook.xlsx(region, shortOnly, user));
	}

	@Operation(summary = "填报“五有”情况", description = "本站填报本站，双拥办可为数据范围内的中心（站）填报；新填报须重新确认")
	@PostMapping("/five-has")
	@ResponseStatus(HttpStatus.CREATED)
	void record(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean organisation,
			@RequestParam(defaultValue = "false") boolean posts, @RequestParam(defaultValue = "false") boolean staff,
			@RequestParam(defaultValue = "false") boolean funds, @RequestParam(defaultValue = "false") boolean support,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) String checkedOn,
			@AuthenticationPrincipal CurrentUser user) {
		checks.record(unitId, new FiveHas(organisation, posts, staff, funds, support), evidence, checkedOn, user);
	}

	@Operation(summary = "确认“五有”情况（上级双拥办）")
	@PostMapping("/five-has/{unitId}/confirm")
	void confirm(@PathVariable long unitId, @RequestParam int version, @AuthenticationPrincipal CurrentUser user) {
		checks.confirm(unitId, version, user);
	}

	@Operation(summary = "军供站及其供应能力")
	@GetMapping("/supply")
	List<SupplyStation> stations(@AuthenticationPrincipal CurrentUser user) {
		return supply.stations(user);
	}

	@Operation(summary = "军供站年度统计", description = "任务数、办结数、保障人数、餐数和平均受理时长（小时）；只有数字，不含部队信息")
	@GetMapping("/supply/figures")
	List<SupplyFigure> figures(@AuthenticationPrincipal CurrentUser user) {
		return supply.figures(user);
	}

	@Operation(summary = "本单位可见的军供任务", description = "只有军供站、其双拥办和提出任务的单位可见")
	@GetMapping("/supply/tasks")
	List<SupplyTask> tasks(@AuthenticationPrincipal CurrentUser user) {
		return supply.tasks(user);
	}

	@Operation(summary = "提出军供任务（部队或双拥办）", description = "当日供餐或床位已满时拒绝")
	@PostMapping("/supply/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	SupplyTask request(@RequestParam(required = false) Long stationUnitId, @RequestParam(required = false) String troop,
			@RequestParam(required = false) String onDate, @RequestParam(defaultValue = "0") int people,
			@RequestParam(defaultValue = "0") int meals, @RequestParam(defaultValue = "0") int beds,
			@AuthenticationPrincipal CurrentUser user) {
		long id = supply.request(stationUnitId == null ? 0 : stationUnitId, troop, onDate, people, meals, beds, user);
		return supply.task(id, user);
	}

	@Operation(summary = "受理军供任务（军供站）")
	@PostMapping("/supply/tasks/{id}/accept")
	SupplyTask accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user) {
		supply.accept(id, version, user);
		return supply.task(id, user);
	}

	@Operation(summary = "办结军供任务并记录实际保障（军供站）")
	@PostMapping("/supply/tasks/{id}/close")
	SupplyTask close(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "0") int servedPeople,
			@RequestParam(defaultValue = "0") int servedMeals, @AuthenticationPrincipal CurrentUser user) {
		supply.close(id, version, servedPeople, servedMeals, user);
		return supply.task(id, user);
	}

	@Operation(summary = "登记军供站供应能力（双拥办）")
	@PostMapping("/supply/{unitId}")
	void keep(@PathVariable long unitId, @RequestParam(defaultValue = "0") int meals,
			@RequestParam(defaultValue = "0") int beds, @RequestParam(defaultValue = "0") int staff,
			@RequestParam(required = false) String location, @AuthenticationPrincipal CurrentUser user) {
		supply.keepStation(unitId, meals, beds, staff, location, user);
	}

	private static FiveHasJson json(FiveHasRecord r) {
		FiveHas c = r.criteria();
		return new FiveHasJson(r.unitId(), r.unitName(), r.regionCode(), r.level().name(), c.organisation(), c.posts(),
				c.staff(), c.funds(), c.support(), c.complete(), c.missing(), r.evidence(), r.checkedOn(),
				r.confirmed(), r.version());
	}

	private CoverageJson json(LevelCoverage c) {
		return new CoverageJson(c.level().name(), labels.of(c.level().messageKey()), c.stations(), c.recorded(),
				c.complete(), c.confirmed(), c.rate());
	}
}

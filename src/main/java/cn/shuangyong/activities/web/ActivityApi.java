package cn.shuangyong.activities.web;

import java.util.List;

import cn.shuangyong.activities.Activities;
import cn.shuangyong.activities.Activity;
import cn.shuangyong.activities.ActivityFigure;
import cn.shuangyong.activities.ActivityKind;
import cn.shuangyong.activities.ActivityKinds;
import cn.shuangyong.activities.ActivityPlanning;
import cn.shuangyong.activities.ActivityWorkbook;
import cn.shuangyong.activities.ActivityQueries;
import cn.shuangyong.activities.NewActivity;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.SeenVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Activities as JSON: the records, their figures by kind and month, recording one, and the kinds. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "双拥活动", description = "军地双拥活动的记录，按类型、月份的统计")
class ActivityApi {

	private final ActivityQueries queries;

	private final Activities activities;

	private final ActivityKinds kinds;

	private final ActivityPlanning planning;

	private final ActivityWorkbook workbook;

	ActivityApi(ActivityQueries queries, Activities activities, ActivityKinds kinds, ActivityPlanning planning,
			ActivityWorkbook workbook) {
		this.workbook = workbook;
		this.queries = queries;
		this.activities = activities;
		this.kinds = kinds;
		this.planning = planning;
	}

	@Operation(summary = "活动记录（分页）", description = "kind 为活动类型代码，region 为组织单位所在行政区划代码（含下级）；"
			+ "新的在前；" + Paging.API_DESCRIPTION)
	@GetMapping
	ListPage<Activity> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.page(kind, region(region), Paging.of(page, size), user);
	}

	@Operation(summary = "活动记录（.xlsx）", description = "与列表相同的筛选（kind、region），不分页；每次下载记入审计日志")
	@GetMapping("/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
		return cn.shuangyong.shared.web.Attachment.xlsx("双拥活动.xlsx", workbook.xlsx(kind, region(region), user));
	}

	@Operation(summary = "一条活动记录")
	@GetMapping("/{id}")
	Activity activity(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.activity(id, user);
	}

	@Operation(summary = "按类型、月份统计", description = "活动次数、参加人数、慰问金额（元）")
	@GetMapping("/figures")
	List<ActivityFigure> figures(@RequestParam(required = false) String region,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.figures(region(region), user);
	}

	@Operation(summary = "记录活动", description = "kind、title、heldOn（2020-08-01）、place、participants 必填；"
			+ "participatingUnits 为单位 id，可多个；links 每行一个网址")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Activity record(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) List<Long> participatingUnits,
			@RequestParam(required = false) String troops, @RequestParam(required = false) String participants,
			@RequestParam(required = false) String gifts, @RequestParam(required = false) String giftValue,
			@RequestParam(required = false) String links, @RequestParam(required = false) Long itemId,
			@AuthenticationPrincipal CurrentUser user) {
		long id = activities.record(NewActivity.of(kind, title, heldOn, place, participatingUnits, troops, participants,
				gifts, giftValue, links, itemId), user);
		return queries.activity(id, user);
	}

	@Operation(summary = "计划活动（双拥办）", description = "kind、title、heldOn（计划日期）、place、participatingUnits、"
			+ "reportDue（报告截止日期）必填；每个参加单位收到一项督办任务，活动报告验收时办结")
	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	Activity plan(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String heldOn, @RequestParam(required = false) String place,
			@RequestParam(required = false) List<Long> participatingUnits,
			@RequestParam(required = false) String troops, @RequestParam(required = false) String reportDue,
			@RequestParam(required = false) Long itemId, @AuthenticationPrincipal CurrentUser user) {
		long id = planning.plan(kind, title, heldOn, place, participatingUnits, troops, reportDue, itemId, user);
		return queries.activity(id, user);
	}

	@Operation(summary = "报告计划中的活动", description = "活动举办后由组织单位报告：heldOn、participants、gifts、giftValue、"
			+ "links、report（活动情况）；版本号放在 If-Match 或 version")
	@PostMapping("/{id}/report")
	Activity report(@PathVariable long id, @RequestParam(required = false) String heldOn,
			@RequestParam(required = false) String participants, @RequestParam(required = false) String gifts,
			@RequestParam(required = false) String giftValue, @RequestParam(required = false) String links,
			@RequestParam(required = false) String report, @RequestParam(required = false) Integer version,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		planning.report(id, heldOn, participants, gifts, giftValue, links, report,
				SeenVersion.required(ifMatch, version, "活动"), user);
		return queries.activity(id, user);
	}

	@Operation(summary = "验收活动报告（双拥办）", description = "活动计入统计，各参加单位的督办任务办结；版本号放在 If-Match 或 version")
	@PostMapping("/{id}/accept")
	Activity accept(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		planning.accept(id, SeenVersion.required(ifMatch, version, "活动"), user);
		return queries.activity(id, user);
	}

	@Operation(summary = "活动类型")
	@GetMapping("/kinds")
	List<ActivityKind> kinds(@AuthenticationPrincipal CurrentUser user) {
		user.require(Permission.WORK_READ);
		return kinds.all();
	}

	@Operation(summary = "设置活动类型（省双拥办）", description = "按 code 新增或改名")
	@PostMapping("/kinds")
	ActivityKind define(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@AuthenticationPrincipal CurrentUser user) {
		return kinds.define(code, name, user);
	}

	private static String region(String region) {
		if (region != null && !region.matches("\\d{2,12}")) {
			throw new InvalidInputException("行政区划代码应为 2 至 12 位数字");
		}
		return region;
	}
}

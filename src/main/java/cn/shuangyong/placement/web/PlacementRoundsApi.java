package cn.shuangyong.placement.web;

import cn.shuangyong.placement.Placements;
import cn.shuangyong.placement.RoundKind;
import cn.shuangyong.placement.RoundQueries;
import cn.shuangyong.placement.rules.Ranking;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rounds as JSON: the list and one round, opening a round, ranking its soldiers and starting the choice. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置", description = "安置批次：移交士兵、评分、排序、岗位，现场按排名选岗")
class PlacementRoundsApi {

	private final Placements placements;

	private final RoundQueries queries;

	PlacementRoundsApi(Placements placements, RoundQueries queries) {
		this.placements = placements;
		this.queries = queries;
	}

	@Operation(summary = "安置批次列表", description = "region 为负责安置的州（市）或县（市、区）代码，year 为年度，均可空；"
			+ Paging.API_DESCRIPTION)
	@GetMapping("/rounds")
	ListPage<PlacementJson.SummaryJson> rounds(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.rounds(region, year, Paging.of(page, size), user).map(PlacementJson.SummaryJson::of);
	}

	@Operation(summary = "安置批次详情", description = "士兵（姓名已脱敏、排名、分数，荣誉称号获得者分数为空）、岗位及剩余名额、选岗记录")
	@GetMapping("/rounds/{id}")
	PlacementJson round(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "建立本单位的安置批次", description = "kind 为 SOLDIERS（退役士兵）或 OFFICERS（军队转业干部）；"
			+ "同一单位同一年度同一类别只能建立一个批次；tieBreak 可空，默认 LONGER_SERVICE,OLDER")
	@PostMapping("/rounds")
	@ResponseStatus(HttpStatus.CREATED)
	PlacementJson open(@RequestBody OpenRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null || body.year() == null) {
			throw new InvalidInputException("请给出年度（year）和类别（kind）");
		}
		long id = placements.open(body.year(), kind(body.kind()), tieBreak(body.tieBreak()), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "排序", description = "荣誉称号获得者排在最前，其余按总分从高到低，同分按批次的同分排序规则")
	@PostMapping("/rounds/{id}/ranking")
	PlacementJson rank(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.rank(id, user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "开始选岗", description = "全部士兵已排序、岗位名额不少于人数时，从排名第一开始叫号")
	@PostMapping("/rounds/{id}/start")
	PlacementJson start(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.start(id, user);
		return PlacementJson.of(queries.round(id, user));
	}

	private static RoundKind kind(String text) {
		try {
			return RoundKind.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind 应为 SOLDIERS（退役士兵）或 OFFICERS（军队转业干部），「" + text + "」不符合");
		}
	}

	private static Ranking tieBreak(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Ranking.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("tieBreak 应由 LONGER_SERVICE、OLDER 组成，以逗号分隔，「" + text + "」不符合");
		}
	}

	record OpenRequest(Integer year, String kind, String tieBreak) {
	}
}

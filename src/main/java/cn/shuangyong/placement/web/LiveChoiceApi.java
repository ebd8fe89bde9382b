package cn.shuangyong.placement.web;

import cn.shuangyong.placement.ChoiceRequest;
import cn.shuangyong.placement.LiveChoice;
import cn.shuangyong.placement.RoundQueries;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The live choice as JSON: the called soldier chooses, is passed over, or gives up; each answers with the round. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置")
class LiveChoiceApi {

	private final LiveChoice choice;

	private final RoundQueries queries;

	LiveChoiceApi(LiveChoice choice, RoundQueries queries) {
		this.choice = choice;
		this.queries = queries;
	}

	@Operation(summary = "选岗", description = "当前叫号的士兵选定岗位，结果不可更改；witness 为见证人，proxy 为事先登记的委托人。"
			+ "未轮到、岗位已满或已选过岗的，返回 409 及原因")
	@PostMapping("/rounds/{id}/choices")
	@ResponseStatus(HttpStatus.CREATED)
	PlacementJson choose(@PathVariable long id, @RequestBody ChoiceBody body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出 soldierId 和 postId");
		}
		choice.choose(id, ChoiceRequest.of(body.soldierId(), body.postId(), body.witness(), body.proxy()), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "过号", description = "当前叫号的士兵未到场且无委托人：排到最后补选，每人一次")
	@PostMapping("/rounds/{id}/passes")
	PlacementJson pass(@PathVariable long id, @RequestBody SoldierRef body, @AuthenticationPrincipal CurrentUser user) {
		choice.passOver(id, soldier(body), user);
		return PlacementJson.of(queries.round(id, user));
	}

	@Operation(summary = "放弃选岗", description = "当前叫号的士兵放弃，须写明理由")
	@PostMapping("/rounds/{id}/give-ups")
	PlacementJson giveUp(@PathVariable long id, @RequestBody SoldierRef body, @AuthenticationPrincipal CurrentUser user) {
		choice.giveUp(id, soldier(body), body.reason(), user);
		return PlacementJson.of(queries.round(id, user));
	}

	private static long soldier(SoldierRef body) {
		if (body == null || body.soldierId() == null) {
			throw new InvalidInputException("请指明士兵（soldierId）");
		}
		return body.soldierId();
	}

	record ChoiceBody(Long soldierId, Long postId, String witness, String proxy) {
	}

	record SoldierRef(Long soldierId, String reason) {
	}
}

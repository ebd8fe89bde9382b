package cn.shuangyong.placement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.placement.NewPost;
import cn.shuangyong.placement.NewSoldier;
import cn.shuangyong.placement.Placements;
import cn.shuangyong.placement.scoring.ScoreClaim;
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

/** What a round takes in before the choice, as JSON: its posts, the soldiers handed over, their score sheets. */
@RestController
@RequestMapping("/api/v1/placement")
@Tag(name = "安置")
class RoundPreparationApi {

	private final Placements placements;

	RoundPreparationApi(Placements placements) {
		this.placements = placements;
	}

	@Operation(summary = "登记岗位", description = "unitKind 为 PUBLIC_INSTITUTION（事业单位）或 STATE_ENTERPRISE（国有企业），places 至少为 1；"
			+ "选岗时核对的要求：minEducation 最低学历（JUNIOR_MIDDLE、SENIOR_HIGH、JUNIOR_COLLEGE、BACHELOR、POSTGRADUATE），"
			+ "maxAge 选岗当日的年龄上限，sex 限定性别（MALE、FEMALE，须在 sexBasis 写明法律依据）；requirements 为不核对的其他说明")
	@PostMapping("/rounds/{id}/posts")
	@ResponseStatus(HttpStatus.CREATED)
	IdJson post(@PathVariable long id, @RequestBody PostRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出岗位（JSON）");
		}
		return new IdJson(placements.addPost(id, NewPost.of(body.unit(), body.unitKind(), body.title(), body.location(),
				body.requirements(), body.places(), body.minEducation(), body.maxAge(), body.sex(), body.sexBasis()), user));
	}

	@Operation(summary = "接收移交的士兵", description = "ground 为安排工作条件（SERVICE_12_YEARS、MEDAL_OR_HONOUR_TITLE、MERIT、"
			+ "FIRST_LEVEL_COMMENDATION、DISABLED_IN_BATTLE、MARTYR_CHILD），按退役日期适用的条例核对；honour 为荣誉称号，可空；"
			+ "education 学历、sex 性别（MALE、FEMALE）按档案填写，用于核对岗位要求")
	@PostMapping("/rounds/{id}/soldiers")
	@ResponseStatus(HttpStatus.CREATED)
	IdJson soldier(@PathVariable long id, @RequestBody SoldierRequest body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出士兵（JSON）");
		}
		return new IdJson(placements.handOver(id, NewSoldier.of(body.name(), body.born(), body.enlisted(),
				body.discharged(), body.ground(), body.honour(), false, body.education(), body.sex()), user));
	}

	@Operation(summary = "填报评分表", description = "每项须有证明材料（档案材料名称和文号）；服役年限按总年限填写；填报后须重新排序")
	@PostMapping("/soldiers/{id}/score-sheet")
	ScoreJson score(@PathVariable long id, @RequestBody List<ClaimRequest> body,
			@AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出评分项目（JSON 数组）");
		}
		return new ScoreJson(placements.score(id, body.stream().map(c -> ScoreClaim.of(c.item(), c.quantity(),
				c.evidenceFile(), c.evidenceDocNo())).toList(), user).total());
	}

	@Operation(summary = "选择自主就业", description = "符合安排工作条件的士兵在选岗前选择自主就业：予以记录，不再参加排序和选岗")
	@PostMapping("/soldiers/{id}/self-employment")
	IdJson selfEmployment(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		placements.selfEmployment(id, user);
		return new IdJson(id);
	}

	record PostRequest(String unit, String unitKind, String title, String location, String requirements,
			Integer places, String minEducation, Integer maxAge, String sex, String sexBasis) {
	}

	record SoldierRequest(String name, LocalDate born, LocalDate enlisted, LocalDate discharged, String ground,
			String honour, String education, String sex) {
	}

	record ClaimRequest(String item, BigDecimal quantity, String evidenceFile, String evidenceDocNo) {
	}

	record IdJson(long id) {
	}

	record ScoreJson(BigDecimal total) {
	}
}

package cn.shuangyong.schooling.web;

import cn.shuangyong.schooling.ApplicationDisclosure;
import cn.shuangyong.schooling.NewApplication;
import cn.shuangyong.schooling.SchoolPlaces;
import cn.shuangyong.schooling.SchoolingFigures;
import cn.shuangyong.schooling.SchoolingQueries;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.SeenVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** School place applications as JSON. */
@RestController
@RequestMapping("/api/v1/schooling")
@Tag(name = "子女入学优待", description = "军人子女、烈士子女等入学申请，县级教育部门决定，州市教育部门复核（限一次）")
class SchoolingApi {

	private final SchoolingQueries queries;

	private final SchoolPlaces places;

	private final SchoolingJson json;

	private final SchoolingFigures figures;

	private final ApplicationDisclosure disclosure;

	SchoolingApi(SchoolingQueries queries, SchoolPlaces places, SchoolingJson json, SchoolingFigures figures,
			ApplicationDisclosure disclosure) {
		this.disclosure = disclosure;
		this.figures = figures;
		this.queries = queries;
		this.places = places;
		this.json = json;
	}

	@Operation(summary = "入学申请列表（分页）", description = "部队联络员看本部队的申请，教育部门看交由它决定或复核的申请，双拥办看本地区的申请；"
			+ "status 为 RED（临近开学或超期仍未决定）或 SUBMITTED、ADMITTED、REFUSED、UNDER_REVIEW、ADMITTED_ON_REVIEW、UPHELD；"
			+ Paging.API_DESCRIPTION)
	@GetMapping("/applications")
	ListPage<SchoolingJson.ApplicationJson> applications(@RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.applications(region, status, Paging.of(page, size), user).map(json::of);
	}

	@Operation(summary = "统计：某地区某年各学期的申请、已安排、不予安排、待决定数，按下级地区、学段和入学依据",
			description = "region 默认本单位所在地区，year（学期所在年度）默认业务年度；只统计本人可见的申请")
	@GetMapping("/statistics")
	SchoolingFigures.Figures statistics(@RequestParam(required = false) String region,
			@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user) {
		return figures.of(region, year, user);
	}

	@Operation(summary = "查看子女身份证号明文（须有查看权限并写明事由，记入审计）")
	@PostMapping("/applications/{id}/reveal")
	Revealed reveal(@PathVariable long id, @RequestBody RevealBody body, @AuthenticationPrincipal CurrentUser user,
			jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		return new Revealed("ID_NUMBER", disclosure.revealIdNumber(id, body.reason(), user));
	}

	@Operation(summary = "更正子女姓名、身份证号、意向学校和证明材料（作出决定前，记入审计）", description = "身份证号留空则保留原值")
	@PostMapping("/applications/{id}/correction")
	SchoolingJson.ApplicationJson correct(@PathVariable long id, @RequestBody CorrectionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		disclosure.correct(id, SeenVersion.required(ifMatch, body.version(), "入学申请"), body.childName(),
				body.idNumber(), body.wishedSchool(), body.documents(), user);
		return json.of(queries.application(id, user));
	}

	record RevealBody(String reason) {
	}

	record Revealed(String field, String value) {
	}

	record CorrectionBody(String childName, String idNumber, String wishedSchool, String documents, Integer version) {
	}

	@Operation(summary = "单个入学申请，含优待依据和办理记录")
	@GetMapping("/applications/{id}")
	SchoolingJson.ApplicationJson application(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json.of(queries.application(id, user));
	}

	@Operation(summary = "提交入学申请（部队联络员或双拥办）", description = "stage 为 KINDERGARTEN、PRIMARY、JUNIOR、SENIOR；"
			+ "basis 为 SERVICE、MARTYR、DIED_ON_DUTY、DIED_OF_ILLNESS、HARDSHIP；season 为 SPRING 或 AUTUMN；regionCode 为县市区")
	@PostMapping("/applications")
	@ResponseStatus(HttpStatus.CREATED)
	SchoolingJson.ApplicationJson apply(@RequestBody ApplicationBody body, @AuthenticationPrincipal CurrentUser user) {
		NewApplication application = NewApplication.of(body.childName(), body.idNumber(), body.stage(), body.basis(),
				body.soldierUnitId(), body.regionCode(), body.wishedSchool(), body.documents(), body.termYear(),
				body.season());
		return json.of(queries.application(places.apply(application, user), user));
	}

	@Operation(summary = "县级教育部门决定：安排学校（admit=true, school）或不予安排（admit=false, reasons）")
	@PostMapping("/applications/{id}/decision")
	SchoolingJson.ApplicationJson decide(@PathVariable long id, @RequestBody DecisionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		places.decide(id, SeenVersion.required(ifMatch, body.version(), "入学申请"), admit(body), body.school(),
				body.reasons(), user);
		return json.of(queries.application(id, user));
	}

	@Operation(summary = "申请复核（限一次，提交申请的单位或双拥办）")
	@PostMapping("/applications/{id}/review-request")
	SchoolingJson.ApplicationJson askReview(@PathVariable long id, @RequestBody ReviewRequestBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		places.askReview(id, SeenVersion.required(ifMatch, body.version(), "入学申请"), body.reasons(), user);
		return json.of(queries.application(id, user));
	}

	@Operation(summary = "州市教育部门复核决定：安排学校或维持不予安排")
	@PostMapping("/applications/{id}/review")
	SchoolingJson.ApplicationJson review(@PathVariable long id, @RequestBody DecisionBody body,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		places.review(id, SeenVersion.required(ifMatch, body.version(), "入学申请"), admit(body), body.school(),
				body.reasons(), user);
		return json.of(queries.application(id, user));
	}

	private static boolean admit(DecisionBody body) {
		if (body.admit() == null) {
			throw new InvalidInputException("请说明是否安排入学（admit：true 或 false）");
		}
		return body.admit();
	}

	record ApplicationBody(String childName, String idNumber, String stage, String basis, Long soldierUnitId,
			String regionCode, String wishedSchool, String documents, Integer termYear, String season) {
	}

	record DecisionBody(Boolean admit, String school, String reasons, Integer version) {
	}

	record ReviewRequestBody(String reasons, Integer version) {
	}
}

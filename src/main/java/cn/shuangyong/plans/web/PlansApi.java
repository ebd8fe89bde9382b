package cn.shuangyong.plans.web;

import java.io.IOException;
import java.util.List;

import cn.shuangyong.plans.AssignmentRole;
import cn.shuangyong.plans.DraftReview;
import cn.shuangyong.plans.PlanDrafts;
import cn.shuangyong.plans.PlanItem;
import cn.shuangyong.plans.PlanPublisher;
import cn.shuangyong.plans.PlanSummary;
import cn.shuangyong.plans.WorkPlans;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.SeenVersion;
import cn.shuangyong.shared.web.UploadedFileName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Plans as JSON: import a notice into a draft, publish it, read plans with their items and units. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "工作要点", description = "导入通知、发布工作要点、查询要点条目及牵头配合单位")
class PlansApi {

	private final PlanDrafts drafts;

	private final DraftReview reviews;

	private final PlanPublisher publisher;

	private final WorkPlans plans;

	private final ApiLabels labels;

	PlansApi(PlanDrafts drafts, DraftReview reviews, PlanPublisher publisher, WorkPlans plans, ApiLabels labels) {
		this.drafts = drafts;
		this.reviews = reviews;
		this.publisher = publisher;
		this.plans = plans;
		this.labels = labels;
	}

	@Operation(summary = "上传通知（文本、Markdown、.docx、.doc、.pdf），识别为草稿")
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	DraftJson importNotice(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user)
			throws IOException {
		long id = drafts.upload(UploadedFileName.of(file), file.getBytes(), user);
		DraftReview.Review review = reviews.review(drafts.find(id, user));
		var notice = review.draft().content().notice();
		return new DraftJson(id, review.draft().version(), notice.plan().title(), notice.plan().year(),
				notice.items().size(),
				notice.documents().stream().map(d -> d.docNumber()).toList(),
				List.copyOf(review.unknownPhrases().keySet()));
	}

	@Operation(summary = "发布草稿：登记文件、分送收文单位、生成工作要点和任务；重复发布不产生重复数据。"
			+ "须以 If-Match 头或 version 参数给出所见草稿的版本（导入时返回的 version），草稿此后被改过或已发布则 409")
	@PostMapping("/drafts/{id}/publish")
	PublishedJson publish(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		PlanPublisher.Published published = publisher.publish(id, SeenVersion.of(ifMatch, version), user);
		return new PublishedJson(published.planIds(), published.documentsRecorded(), published.documentsLinked());
	}

	@Operation(summary = "删除未发布的草稿（本级双拥办）",
			description = "须以 If-Match 头或 version 参数给出所见草稿的版本；草稿此后被改过或已发布则 409，不作任何改动")
	@DeleteMapping("/drafts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteDraft(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user) {
		drafts.delete(id, SeenVersion.of(ifMatch, version), user);
	}

	@Operation(summary = "当前用户可见的工作要点（分页）",
			description = "按印发机关层级（省级在前）、再按成文日期（新的在前）排序；" + Paging.API_DESCRIPTION)
	@GetMapping
	ListPage<PlanJson> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return plans.page(Paging.of(page, size), user).map(PlansApi::plan);
	}

	@Operation(summary = "工作要点及其条目、牵头和配合单位")
	@GetMapping("/{id}")
	PlanDetailJson plan(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		PlanSummary plan = plans.find(id, user);
		return new PlanDetailJson(plan.id(), plan.title(), plan.year(), plan.issuer(), plan.docNumber(),
				plan.parentPlanId(), plans.items(id).stream().map(this::item).toList());
	}

	private static PlanJson plan(PlanSummary p) {
		return new PlanJson(p.id(), p.title(), p.year(), p.issuer(), p.docNumber());
	}

	private ItemJson item(PlanItem i) {
		return new ItemJson(i.id(), i.no(), i.section(), i.text(), units(i, AssignmentRole.LEAD),
				i.leadMode() == null ? null : i.leadMode().toLowerCase(),
				i.leadMode() == null ? null : labels.of("plans.leadMode." + i.leadMode()),
				units(i, AssignmentRole.COOPERATING));
	}

	private static List<UnitJson> units(PlanItem item, AssignmentRole role) {
		return item.assignments().stream().filter(a -> a.role() == role).map(a -> new UnitJson(a.unitId(), a.unitName()))
			.distinct().toList();
	}

	/** @param version what publishing names, as {@code If-Match} or {@code version}, as the draft its client saw */
	record DraftJson(long draftId, int version, String title, Integer year, int items, List<String> docNumbers,
			List<String> unknownPhrases) {
	}

	record PublishedJson(List<Long> planIds, int documentsRecorded, int documentsLinked) {
	}

	record PlanJson(long id, String title, Integer year, String issuer, String docNumber) {
	}

	record PlanDetailJson(long id, String title, Integer year, String issuer, String docNumber, Long parentPlanId,
			List<ItemJson> items) {
	}

	/** An item; {@code leadMode} (single, joint, each) has its Chinese label beside it. */
	record ItemJson(long id, String no, String section, String text, List<UnitJson> leads, String leadMode,
			String leadModeLabel, List<UnitJson> cooperators) {
	}

	record UnitJson(long id, String name) {
	}
}

package cn.shuangyong.publicity.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.publicity.Exemplar;
import cn.shuangyong.publicity.Exemplars;
import cn.shuangyong.publicity.NewWork;
import cn.shuangyong.publicity.QuotaLine;
import cn.shuangyong.publicity.QuotaWorkbook;
import cn.shuangyong.publicity.Quotas;
import cn.shuangyong.publicity.WorkKind;
import cn.shuangyong.publicity.WorkKinds;
import cn.shuangyong.publicity.WorkQueries;
import cn.shuangyong.publicity.WorkUpload;
import cn.shuangyong.publicity.WorkCorrection;
import cn.shuangyong.publicity.WorkView;
import cn.shuangyong.publicity.Works;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.web.ApiLabels;
import cn.shuangyong.shared.web.UploadedFileName;
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
import org.springframework.web.multipart.MultipartFile;

/** Publicity as JSON: works (list, submit, review) and a plan's quotas by region and kind. */
@RestController
@RequestMapping("/api/v1/publicity")
@Tag(name = "双拥宣传", description = "宣传作品的报送、审核采用，以及工作要点各州市宣传指标的完成情况")
class PublicityApi {

	private final WorkQueries queries;

	private final Works works;

	private final Quotas quotas;

	private final ApiLabels labels;

	private final WorkKinds kinds;

	private final Exemplars exemplars;

	private final QuotaWorkbook workbook;

	private final cn.shuangyong.publicity.WorkWorkbook worksWorkbook;

	PublicityApi(WorkQueries queries, Works works, Quotas quotas, ApiLabels labels, WorkKinds kinds,
			Exemplars exemplars, QuotaWorkbook workbook, cn.shuangyong.publicity.WorkWorkbook worksWorkbook) {
		this.workbook = workbook;
		this.worksWorkbook = worksWorkbook;
		this.kinds = kinds;
		this.exemplars = exemplars;
		this.queries = queries;
		this.works = works;
		this.quotas = quotas;
		this.labels = labels;
	}

	record WorkJson(long id, String kind, String kindLabel, String title, long authorUnitId, String authorUnit,
			String region, String medium, LocalDate publishedOn, String link, String fileName, long itemId,
			String item, String state, String stateLabel, String returnReason, String national, String nationalOutcome,
			int version) {
	}

	record QuotaJson(String region, String regionName, long itemId, String itemNo, String kind, String kindLabel,
			String target, int quota, int accepted) {
	}

	@Operation(summary = "宣传作品（分页）", description = "item 为工作要点条目 id，region 为作者单位所在行政区划代码（含下级）；"
			+ "只列出数据范围内的作品，新的在前；" + Paging.API_DESCRIPTION)
	@GetMapping("/works")
	ListPage<WorkJson> works(@RequestParam(required = false) Long item, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		if (region != null && !region.matches("\\d{2,12}")) {
			throw new InvalidInputException("行政区划代码应为 2 至 12 位数字");
		}
		return queries.page(item, region, null, Paging.of(page, size), user).map(this::json);
	}

	@Operation(summary = "宣传作品（.xlsx）", description = "与 /works 相同的筛选（item、region），不分页；每次下载记入审计日志")
	@GetMapping("/works.xlsx")
	org.springframework.http.ResponseEntity<byte[]> worksXlsx(@RequestParam(required = false) Long item,
			@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
		if (region != null && !region.matches("\\d{2,12}")) {
			throw new InvalidInputException("行政区划代码应为 2 至 12 位数字");
		}
		return cn.shuangyong.shared.web.Attachment.xlsx("宣传作品.xlsx", worksWorkbook.xlsx(item, region, null, user));
	}

	@Operation(summary = "一件宣传作品")
	@GetMapping("/works/{id}")
	WorkJson work(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json(queries.view(id, user));
	}

	@Operation(summary = "报送宣传作品", description = "multipart：kind（作品类型代码，见 /api/v1/publicity/kinds）、title、"
			+ "medium、publishedOn（2020-07-31）、itemId，link 与 file 至少其一；authorUnitId 缺省为本单位")
	@PostMapping("/works")
	@ResponseStatus(HttpStatus.CREATED)
	WorkJson submit(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long authorUnitId, @RequestParam(required = false) String medium,
			@RequestParam(required = false) String publishedOn, @RequestParam(required = false) String link,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long itemId,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		WorkUpload upload = file == null ? null : new WorkUpload(UploadedFileName.of(file), file.getBytes());
		long id = works.submit(NewWork.of(kind, title, authorUnitId, medium, publishedOn, link, upload, itemId), user);
		return json(queries.view(id, user));
	}

	@Operation(summary = "采用作品（下发该条要点的双拥办）", description = "version 为读取时的版本")
	@PostMapping("/works/{id}/accept")
	WorkJson accept(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user) {
		works.accept(id, version, user);
		return json(queries.view(id, user));
	}

	@Operation(summary = "退回作品（下发该条要点的双拥办）", description = "须写明退回理由 reason")
	@PostMapping("/works/{id}/return")
	WorkJson returnWork(@PathVariable long id, @RequestParam int version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user) {
		works.returnWork(id, version, reason, user);
		return json(queries.view(id, user));
	}

	@Operation(summary = "修改并重新报送被退回的作品（作者单位或其上级双拥办）", description = "multipart：version 为读取时的版本，"
			+ "title、medium、publishedOn、link 为修改后的内容（link 留空即删除链接），file 可选，上传则替换原文件；"
			+ "链接与文件须至少保留其一；作品类型与条目不变")
	@PostMapping("/works/{id}/resubmit")
	WorkJson resubmit(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String title,
			@RequestParam(required = false) String medium, @RequestParam(required = false) String publishedOn,
			@RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) throws IOException {
		WorkUpload upload = file == null ? null : new WorkUpload(UploadedFileName.of(file), file.getBytes());
		works.resubmit(id, version, WorkCorrection.of(title, medium, publishedOn, link, upload), user);
		return json(queries.view(id, user));
	}

	record EventJson(String action, String actionLabel, String by, java.time.OffsetDateTime at, String note) {
	}

	@Operation(summary = "作品的报送与审核记录", description = "报送、退回（含理由）、修改后重新报送（含修改内容）、采用，按时间先后")
	@GetMapping("/works/{id}/history")
	List<EventJson> history(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return queries.history(id, user).stream()
			.map(e -> new EventJson(e.action().name(), labels.of(e.action().messageKey()), e.by(), e.at(), e.note()))
			.toList();
	}

	@Operation(summary = "向上报送已采用的作品（审核的双拥办）", description = "channel 为报送渠道（如全国双拥主题征文），outcome 为结果")
	@PostMapping("/works/{id}/national")
	WorkJson sendUpward(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String outcome, @AuthenticationPrincipal CurrentUser user) {
		works.sendUpward(id, version, channel, outcome, user);
		return json(queries.view(id, user));
	}

	@Operation(summary = "工作要点的宣传指标完成情况", description = "按条目、地区、作品类型列出指标数与已采用作品数；"
			+ "各州市分别完成的指标每个下级地区一行；不分页（条数以要点为限）")
	@GetMapping("/quotas")
	List<QuotaJson> quotas(@RequestParam(required = false) Long plan, @AuthenticationPrincipal CurrentUser user) {
		if (plan == null) {
			throw new InvalidInputException("请指定工作要点");
		}
		return quotas.ofPlan(plan, user).stream().map(this::json).toList();
	}

	@Operation(summary = "宣传指标完成情况（.xlsx）", description = "与 /quotas 相同的各行，含尚缺数与是否达标；每次下载记入审计日志")
	@GetMapping("/quotas.xlsx")
	org.springframework.http.ResponseEntity<byte[]> quotasXlsx(@RequestParam(required = false) Long plan,
			@AuthenticationPrincipal CurrentUser user) {
		if (plan == null) {
			throw new InvalidInputException("请指定工作要点");
		}
		byte[] xlsx = workbook.xlsx(plan, user);
		return cn.shuangyong.shared.web.Attachment.xlsx(workbook.title(plan, user) + "宣传指标完成情况.xlsx", xlsx);
	}

	record KindJson(String code, String name, boolean video, List<String> counts) {
	}

	@Operation(summary = "作品类型", description = "counts 为该类型计入的量化指标名称")
	@GetMapping("/kinds")
	List<KindJson> kinds(@AuthenticationPrincipal CurrentUser user) {
		user.require(cn.shuangyong.shared.Permission.WORK_READ);
		return kinds.all().stream().map(PublicityApi::json).toList();
	}

	@Operation(summary = "设置作品类型（省双拥办）", description = "按 code 新增或修改；counts 为计入的指标名称，以顿号或逗号分隔")
	@PostMapping("/kinds")
	KindJson define(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean video, @RequestParam(required = false) String counts,
			@AuthenticationPrincipal CurrentUser user) {
		return json(kinds.define(code, name, video, counts, user));
	}

	@Operation(summary = "先进典型", description = "公开的荣誉，业务角色均可查看，不分地区；新的年度在前")
	@GetMapping("/exemplars")
	List<Exemplar> exemplars(@AuthenticationPrincipal CurrentUser user) {
		return exemplars.all(user);
	}

	@Operation(summary = "登记先进典型（双拥办）", description = "title 称号、name 姓名、region 所在地区代码、year 评选年度、"
			+ "source 评选依据、story 事迹")
	@PostMapping("/exemplars")
	@ResponseStatus(HttpStatus.CREATED)
	void recordExemplar(@RequestParam(required = false) String title, @RequestParam(required = false) String name,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String source, @RequestParam(required = false) String story,
			@AuthenticationPrincipal CurrentUser user) {
		exemplars.record(title, name, region, year, source, story, user);
	}

	private static KindJson json(WorkKind kind) {
		return new KindJson(kind.code(), kind.name(), kind.video(), kind.targetNames().stream().sorted().toList());
	}

	private WorkJson json(WorkView view) {
		var w = view.work();
		return new WorkJson(w.id(), w.kind().code(), w.kind().name(), w.title(), w.authorUnitId(),
				view.authorName(), w.regionCode(), w.medium(), w.publishedOn(), w.link(),
				w.file() == null ? null : w.file().name(), w.itemId(), view.itemLabel(), w.state().name(),
				labels.of(w.state().messageKey()), w.returnReason(), w.national(), w.nationalOutcome(), w.version());
	}

	private QuotaJson json(QuotaLine line) {
		return new QuotaJson(line.regionCode(), line.regionName(), line.itemId(), line.itemNo(), line.kind().code(),
				line.kind().name(), line.target(), line.quota(), line.accepted());
	}
}

package cn.shuangyong.pensions.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.pensions.CategoryRate;
import cn.shuangyong.pensions.DisabilityRate;
import cn.shuangyong.pensions.NewStandard;
import cn.shuangyong.pensions.PensionCategory;
import cn.shuangyong.pensions.PensionStandards;
import cn.shuangyong.pensions.PublishedStandard;
import cn.shuangyong.pensions.StandardsInForce;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 抚恤标准 as JSON: what is in force on a day, the standards published, and publishing a new one. */
@RestController
@RequestMapping("/api/v1/pensions/standards")
@Tag(name = "抚恤标准", description = "残疾抚恤金、定期抚恤金和定期生活补助的标准，按执行日期")
class PensionStandardsApi {

	private final PensionStandards standards;

	PensionStandardsApi(PensionStandards standards) {
		this.standards = standards;
	}

	@Operation(summary = "某日执行的标准（不分页）", description = "date 为 YYYY-MM-DD，缺省为今天；每个（等级、性质）一行，"
			+ "amountPerYear 为每年金额（元），已含省增发；basis 为 PUBLISHED（公布值）、DERIVED（推算值）或 ARITHMETIC（测算值），"
			+ "unverified 为 true 的数值尚待以正式文件核实；missing 为尚无标准的类别")
	@GetMapping
	InForceJson inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal CurrentUser user) {
		StandardsInForce rates = standards.inForce(date, user);
		return new InForceJson(rates.date(), rates.disability().stream().map(PensionStandardsApi::json).toList(),
				rates.categories().stream().map(PensionStandardsApi::json).toList(),
				rates.missing().stream().map(c -> new MissingJson(c.name(), c.chinese())).toList());
	}

	@Operation(summary = "已发布的标准（分页）", description = "按执行日期，新的在前；" + Paging.API_DESCRIPTION)
	@GetMapping("/published")
	ListPage<PublishedJson> published(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return Paging.of(page, size).slice(standards.history(user)).map(PensionStandardsApi::json);
	}

	@Operation(summary = "发布新标准（省级双拥办）", description = "layer 为 NATIONAL（国家标准）或 TOP_UP（省增发，在国家标准之上增加的金额）；"
			+ "nature 为 IN_BATTLE、ON_DUTY 或 ILLNESS（因病只有一至六级）；执行日期须晚于同一层级最近一次标准的执行日期，"
			+ "可早于今天（发放时补发差额）。已发布的标准不能修改，更正时发布新标准")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PublishedJson publish(@RequestBody NewStandardJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null) {
			throw new InvalidInputException("请在请求体中给出标准（JSON）");
		}
		return json(standards.publish(NewStandard.of(body.layer(), body.effectiveOn(), body.title(), body.source(),
				body.disability(), body.categories()), user));
	}

	private static PublishedJson json(PublishedStandard s) {
		return new PublishedJson(s.id(), s.layer().name(), s.layer().chinese(), s.regionCode(), s.effectiveOn(),
				s.publishedOn(), s.title(), s.source(), s.rates());
	}

	private static DisabilityJson json(DisabilityRate r) {
		return new DisabilityJson(r.grade(), r.nature().name(), r.nature().chinese(), r.amountPerYear(), r.national(),
				r.topUp(), r.effectiveOn(), r.basis().name(), r.basis().chinese(), r.unverified());
	}

	private static CategoryJson json(CategoryRate r) {
		PensionCategory c = r.category();
		return new CategoryJson(c.name(), c.chinese(), c.kind().name(), c.kind().chinese(), c.perYearServed(),
				r.amountPerYear(), r.national(), r.topUp(), r.effectiveOn(), r.basis().name(), r.basis().chinese(),
				r.unverified());
	}

	record InForceJson(LocalDate date, List<DisabilityJson> disability, List<CategoryJson> categories,
			List<MissingJson> missing) {
	}

	record DisabilityJson(int grade, String nature, String natureLabel, BigDecimal amountPerYear, BigDecimal national,
			BigDecimal topUp, LocalDate effectiveOn, String basis, String basisLabel, boolean unverified) {
	}

	record CategoryJson(String category, String categoryLabel, String kind, String kindLabel, boolean perYearServed,
			BigDecimal amountPerYear, BigDecimal national, BigDecimal topUp, LocalDate effectiveOn, String basis,
			String basisLabel, boolean unverified) {
	}

	record PublishedJson(long id, String layer, String layerLabel, String regionCode, LocalDate effectiveOn,
			LocalDate publishedOn, String title, String source, int rates) {
	}

	record MissingJson(String category, String categoryLabel) {
	}

	record NewStandardJson(String layer, LocalDate effectiveOn, String title, String source,
			List<NewStandard.Disability> disability, List<NewStandard.Category> categories) {
	}
}

package cn.shuangyong.directory.web;

import java.util.List;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.PhraseResolver;
import cn.shuangyong.directory.RegionCode;
import cn.shuangyong.directory.Unit;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.web.ApiLabels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory as JSON: regions, unit search, and the meaning of a phrase. Readable by every signed-in user. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "组织机构", description = "行政区划、单位与文件中的单位写法")
class DirectoryApi {

	private final Directory directory;

	private final PhraseResolver resolver;

	private final ApiLabels labels;

	DirectoryApi(Directory directory, PhraseResolver resolver, ApiLabels labels) {
		this.directory = directory;
		this.resolver = resolver;
		this.labels = labels;
	}

	@Operation(summary = "下级行政区划", description = "代码可用简写（53、5323）或 6 位补零写法（530000、532300）")
	@GetMapping("/regions/{code}/children")
	List<RegionJson> children(@PathVariable String code) {
		RegionCode region = regionCode(code);
		directory.region(region).orElseThrow(() -> new NotFoundException("行政区划不存在：" + code));
		return directory.children(region).stream()
			.map(r -> new RegionJson(r.code().value(), r.name(), r.level().name(), labels.of(r.level().messageKey())))
			.toList();
	}

	@Operation(summary = "按名称、简称或别名查找单位")
	@GetMapping("/units")
	List<UnitJson> units(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "50") @Parameter(description = "最多返回条数，1–200") int limit) {
		if (q.isBlank()) {
			throw new InvalidInputException("请提供查询条件 q（单位名称、简称或别名）");
		}
		List<Unit> units = directory.search(q, Math.max(1, Math.min(limit, 200)));
		var aliases = directory.aliases(units.stream().map(Unit::id).toList());
		return units.stream()
			.map(u -> new UnitJson(u.id().value(), u.name(), aliases.getOrDefault(u.id(), List.of()),
					u.regionCode().value(), u.kind().name(), labels.of(u.kind().messageKey())))
			.toList();
	}

	@Operation(summary = "解析文件中的单位写法", description = "返回单个单位（UNIT）或展开后的单位组（GROUP）；未知写法返回 404。"
			+ " context 为发文机关所在区划，默认为当前用户所在区划。")
	@GetMapping("/units/resolve")
	ResolutionJson resolve(@RequestParam String phrase, @RequestParam(required = false) String context,
			@AuthenticationPrincipal CurrentUser user) {
		RegionCode region = context == null || context.isBlank() ? RegionCode.of(user.regionCode()) : regionCode(context);
		return resolver.resolve(phrase, region)
			.map(r -> new ResolutionJson(r.phrase(), r.kind().name(), r.units().stream().map(UnitRef::of).toList()))
			.orElseThrow(() -> new NotFoundException("目录中没有“" + phrase + "”这一单位写法，请在审核时手工指定一次"));
	}

	private static RegionCode regionCode(String code) {
		try {
			return RegionCode.of(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
	}

	/** A region; {@code level} is a code (PREFECTURE …) with its Chinese label beside it. */
	record RegionJson(String code, String name, String level, String levelLabel) {
	}

	/** A unit; {@code kind} is a code (OFFICE, SERVICE_STATION …) with its Chinese label beside it. */
	record UnitJson(long id, String name, List<String> aliases, String regionCode, String kind, String kindLabel) {
	}

	record UnitRef(long id, String name, String regionCode) {

		static UnitRef of(Unit unit) {
			return new UnitRef(unit.id().value(), unit.name(), unit.regionCode().value());
		}
	}

	record ResolutionJson(String phrase, String kind, List<UnitRef> units) {
	}
}

package cn.shuangyong.duallist.web;

import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.duallist.Acceptance;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.duallist.DualList;
import cn.shuangyong.duallist.DualListExport;
import cn.shuangyong.duallist.DualListQueries;
import cn.shuangyong.duallist.DualLists;
import cn.shuangyong.duallist.ListLevel;
import cn.shuangyong.duallist.NewEntry;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
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

/** The double lists as JSON: lists by year and level, entries, and the steps of an entry's life. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "双清单", description = "军地双方需求清单和实事清单：提出、受理交办、跟踪办理、评价")
class DualListApi {

	private final DualListQueries queries;

	private final DualLists lists;

	private final DualListExport export;

	private final DualListJson json;

	DualListApi(DualListQueries queries, DualLists lists, DualListExport export, DualListJson json) {
		this.queries = queries;
		this.lists = lists;
		this.export = export;
		this.json = json;
	}

	@Operation(summary = "双清单列表（分页）", description = "level 为 PROVINCE、PREFECTURE 或 COUNTY；只列出数据范围内的清单；"
			+ "按年度（新的在前）、层级排序；" + Paging.API_DESCRIPTION)
	@GetMapping("/dual-lists")
	ListPage<DualListJson.ListJson> lists(@RequestParam(required = false) Integer year, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@AuthenticationPrincipal CurrentUser user) {
		return queries.lists(year, level(level), Paging.of(page, size), user).map(json::list);
	}

	@Operation(summary = "一份双清单的条目（分页）", description = "军队方在前，需求清单在实事清单前；" + Paging.API_DESCRIPTION)
	@GetMapping("/dual-lists/{id}/entries")
	ListPage<DualListJson.EntryJson> entries(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @AuthenticationPrincipal CurrentUser user) {
		return queries.entries(id, Paging.of(page, size), user).map(json::entry);
	}

	@Operation(summary = "一份双清单及其条目")
	@GetMapping("/dual-lists/{id}")
	DualListJson.ListWithEntries list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return new DualListJson.ListWithEntries(json.list(queries.list(id, user)),
				queries.entries(id, user).stream().map(json::entry).toList());
	}

	@Operation(summary = "建立本级双清单（双拥办）")
	@PostMapping("/dual-lists")
	@ResponseStatus(HttpStatus.CREATED)
	DualListJson.ListJson open(@RequestBody OpenJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body == null || body.year() == null) {
			throw new InvalidInputException(List.of("请填写年度（year）"));
		}
		return json.list(queries.list(lists.open(body.year(), user), user));
	}

	@Operation(summary = "进入下一阶段（双拥办）", description = "征集 → 确认 → 发布 → 跟踪办理 → 考评 → 关闭")
	@PostMapping("/dual-lists/{id}/next-stage")
	DualListJson.ListJson advance(@PathVariable long id, @RequestBody VersionJson body, @AuthenticationPrincipal CurrentUser user) {
		lists.advance(id, body.version(), user);
		return json.list(queries.list(id, user));
	}

	@Operation(summary = "提出条目", description = "side 为 MILITARY（军队方）或 LOCAL（地方方）；kind 为 NEED（需求）或 MATTER（实事）")
	@PostMapping("/dual-lists/{id}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	DualListJson.EntryJson file(@PathVariable long id, @RequestBody EntryJson body, @AuthenticationPrincipal CurrentUser user) {
		NewEntry entry = NewEntry.of(body.side(), body.kind(), body.title(), body.description(),
				body.requestingUnitId() == null ? user.unitId() : body.requestingUnitId());
		return json.entry(queries.entry(lists.file(id, entry, user), user));
	}

	@Operation(summary = "单个条目")
	@GetMapping("/dual-list-entries/{id}")
	DualListJson.EntryJson entry(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return json.entry(queries.entry(id, user));
	}

	@Operation(summary = "受理并交办（双拥办）")
	@PostMapping("/dual-list-entries/{id}/accept")
	DualListJson.EntryJson accept(@PathVariable long id, @RequestBody AcceptJson body, @AuthenticationPrincipal CurrentUser user) {
		if (body.responsibleUnitId() == null) {
			throw new InvalidInputException(List.of("请选择责任单位（responsibleUnitId）"));
		}
		lists.accept(id, body.version(), new Acceptance(body.responsibleUnitId(), body.cooperatingUnitIds(),
				body.deadline(), body.note()), user);
		return json.entry(queries.entry(id, user));
	}

	@Operation(summary = "不予受理（双拥办）")
	@PostMapping("/dual-list-entries/{id}/decline")
	DualListJson.EntryJson decline(@PathVariable long id, @RequestBody DeclineJson body, @AuthenticationPrincipal CurrentUser user) {
		lists.decline(id, body.version(), body.reason(), user);
		return json.entry(queries.entry(id, user));
	}

	@Operation(summary = "反馈与满意度评价（提出单位）", description = "satisfaction 为 1 至 5")
	@PostMapping("/dual-list-entries/{id}/rating")
	DualListJson.EntryJson rate(@PathVariable long id, @RequestBody RatingJson body, @AuthenticationPrincipal CurrentUser user) {
		lists.rate(id, body.version(), body.feedback(), body.satisfaction(), user);
		return json.entry(queries.entry(id, user));
	}

	@Operation(summary = "导出为 Excel")
	@GetMapping("/dual-lists/{id}/export.xlsx")
	org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		DualList list = queries.list(id, user);
		return Attachment.named(list.officeName() + list.year() + "年度双清单.xlsx", Attachment.XLSX)
			.body(export.xlsx(id, user));
	}

	@Operation(summary = "导出为 Word")
	@GetMapping("/dual-lists/{id}/export.docx")
	org.springframework.http.ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		DualList list = queries.list(id, user);
		return Attachment.named(list.officeName() + list.year() + "年度双清单.docx", Attachment.DOCX)
			.body(export.docx(id, user));
	}

	private static ListLevel level(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return ListLevel.valueOf(text.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(List.of("level 应为 PROVINCE、PREFECTURE 或 COUNTY"));
		}
	}

	record OpenJson(Integer year) {
	}

	record VersionJson(int version) {
	}

	record EntryJson(String side, String kind, String title, String description, Long requestingUnitId) {
	}

	record AcceptJson(Long responsibleUnitId, List<Long> cooperatingUnitIds, LocalDate deadline, String note,
			int version) {
	}

	record DeclineJson(String reason, int version) {
	}

	record RatingJson(String feedback, Integer satisfaction, int version) {
	}
}

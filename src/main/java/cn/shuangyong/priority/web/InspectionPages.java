package cn.shuangyong.priority.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.shuangyong.priority.ChecklistEdition;
import cn.shuangyong.priority.ChecklistItem;
import cn.shuangyong.priority.InspectionPhotos;
import cn.shuangyong.priority.Inspections;
import cn.shuangyong.priority.NewFinding;
import cn.shuangyong.priority.PriorityQueries;
import cn.shuangyong.priority.SelfCheckAnswer;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.files.Upload;
import cn.shuangyong.shared.web.Attachment;
import cn.shuangyong.shared.web.RedirectOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two forms filled in at a place: the inspector's, one item at a time on a phone, and the department's
 * self-check of every item.
 */
@Controller
class InspectionPages {

	private final PriorityQueries queries;

	private final Inspections inspections;

	private final BusinessClock clock;

	private final InspectionPhotos photos;

	InspectionPages(PriorityQueries queries, Inspections inspections, BusinessClock clock, InspectionPhotos photos) {
		this.photos = photos;
		this.queries = queries;
		this.inspections = inspections;
		this.clock = clock;
	}

	@GetMapping("/priority/campaigns/{id}/places/{placeId}/inspect")
	String inspectForm(@PathVariable long id, @PathVariable long placeId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("place", queries.visiblePlace(placeId, user));
		model.addAttribute("checklist", queries.checklistFor(id, placeId, user));
		model.addAttribute("campaignId", id);
		model.addAttribute("today", clock.today());
		return "priority/inspect";
	}

	@PostMapping("/priority/campaigns/{id}/places/{placeId}/findings")
	String record(@PathVariable long id, @PathVariable long placeId, @RequestParam(required = false) Long itemId,
			@RequestParam(required = false) String result, @RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectifyBy,
			@RequestParam(required = false) List<MultipartFile> photos, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/campaigns/" + id + "/places/" + placeId + "/inspect",
				"priority.finding.saved", () -> inspections.recordFinding(id,
						NewFinding.of(placeId, itemId, result, note, foundOn, rectifyBy), Upload.of(photos), user));
	}

	/** A photo of a place, shown inside the pages to users whose scope holds the place. */
	@GetMapping("/priority/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user) {
		InspectionPhotos.Photo photo = photos.load(id, user);
		return Attachment.inline(MediaType.parseMediaType(photo.contentType())).body(photo.content());
	}

	@GetMapping("/priority/campaigns/{id}/places/{placeId}/self-check")
	String selfCheckForm(@PathVariable long id, @PathVariable long placeId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var place = queries.visiblePlace(placeId, user);
		model.addAttribute("place", place);
		model.addAttribute("checklist", queries.checklistFor(id, placeId, user));
		model.addAttribute("answers", queries.answers(id, placeId, user).stream()
			.collect(java.util.stream.Collectors.toMap(SelfCheckAnswer::itemId, a -> a)));
		model.addAttribute("campaignId", id);
		model.addAttribute("photos", queries.selfCheckPhotos(id, placeId, user));
		model.addAttribute("mine", user.unitId() == place.departmentUnitId());
		return "priority/self-check";
	}

	/** Each item's answer comes as {@code item-<id>} = YES or NO, and its note as {@code note-<id>}. */
	@PostMapping("/priority/campaigns/{id}/places/{placeId}/self-check")
	String selfCheck(@PathVariable long id, @PathVariable long placeId, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<MultipartFile> photos, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return RedirectOutcome.run(redirect, "/priority/campaigns/" + id + "/places/" + placeId + "/self-check",
				"priority.selfCheck.saved", () -> {
					ChecklistEdition checklist = queries.checklistFor(id, placeId, user);
					List<SelfCheckAnswer> answers = new ArrayList<>();
					for (ChecklistItem item : checklist.items()) {
						String answer = form.get("item-" + item.id());
						if ("YES".equals(answer) || "NO".equals(answer)) {
							answers.add(new SelfCheckAnswer(item.id(), "YES".equals(answer), form.get("note-" + item.id())));
						}
					}
					inspections.answerSelfCheck(id, placeId, answers, Upload.of(photos), user);
				});
	}
}

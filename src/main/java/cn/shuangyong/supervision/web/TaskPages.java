package cn.shuangyong.supervision.web;

import java.util.List;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.People;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.web.RedirectOutcome;
import cn.shuangyong.shared.web.SeenVersion;
import cn.shuangyong.supervision.Extensions;
import cn.shuangyong.supervision.tasklife.ReportRollUp;
import cn.shuangyong.supervision.targets.Tallies;
import cn.shuangyong.supervision.targets.Target;
import cn.shuangyong.supervision.targets.Targets;
import cn.shuangyong.supervision.tasklife.TaskAction;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.TaskWork;
import cn.shuangyong.supervision.Tasks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My tasks" for a unit's staff, and the task page with its timeline and the actions the user may take. */
@Controller
class TaskPages {

	private final Tasks tasks;

	private final TaskWork work;

	private final ReportRollUp rollUp;

	private final Extensions extensions;

	private final Targets targets;

	private final People people;

	private final Tallies tallies;

	TaskPages(Tasks tasks, TaskWork work, ReportRollUp rollUp, Extensions extensions, Targets targets, People people,
			Tallies tallies) {
		this.tallies = tallies;
		this.people = people;
		this.tasks = tasks;
		this.work = work;
		this.rollUp = rollUp;
		this.extensions = extensions;
		this.targets = targets;
	}

	@GetMapping("/supervision/my")
	String myTasks(@RequestParam(required = false) TaskColour colour, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("tasks", tasks.search(new Tasks.TaskFilter(null, user.unitId(), colour), user));
		model.addAttribute("colour", colour);
		return "supervision/my";
	}

	@GetMapping("/supervision/tasks/{id}")
	String task(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		TaskView task = tasks.find(id, user);
		model.addAttribute("task", task);
		List<Tasks.TimelineEntry> timeline = tasks.timeline(id);
		model.addAttribute("timeline", timeline);
		List<ReportRollUp.UnitReports> units = rollUp.of(task);
		model.addAttribute("units", units);
		// histories name the person and unit, not the login name
		model.addAttribute("who", people.named(java.util.stream.Stream.concat(
				timeline.stream().map(Tasks.TimelineEntry::actor),
				units.stream().flatMap(u -> u.reports().stream()).map(ReportRollUp.Report::author)).toList()));
		model.addAttribute("silent", ReportRollUp.silentCooperators(units));
		List<Target> itemTargets = targets.ofTask(task);
		model.addAttribute("targets", itemTargets);
		// the report form asks only for the figures units type; tallied targets say where their count comes from
		model.addAttribute("typedTargets", tallies.typed(itemTargets));
		model.addAttribute("tallied", itemTargets.stream().filter(t -> tallies.sourceOf(t).isPresent())
			.map(t -> t.name() + "：" + tallies.sourceOf(t).get()).toList());
		model.addAttribute("extensions", extensions.ofTask(id));
		boolean editor = user.can(Permission.WORK_EDIT);
		model.addAttribute("mayLead", editor && task.ledBy(user.unitId()));
		model.addAttribute("maySubmit", editor && task.firstLead(user.unitId()));
		model.addAttribute("mayReport", editor && (task.ledBy(user.unitId()) || task.cooperatedBy(user.unitId())));
		model.addAttribute("mayIssue", editor && task.issuerUnitId() == user.unitId());
		model.addAttribute("maySetTargets", task.itemId() != null && targets.maySet(task.itemId(), user));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "supervision/task";
	}

	@PostMapping("/supervision/tasks/{id}/sign-for")
	String signFor(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, TaskAction.SIGN_FOR, redirect, () -> work.signFor(id, seen(version), user));
	}

	@PostMapping("/supervision/tasks/{id}/reports")
	String report(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, TaskAction.REPORT, redirect, () -> work.report(id, ReportForm.draft(text, params, files), seen(version), user));
	}

	@PostMapping("/supervision/tasks/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, TaskAction.SUBMIT, redirect, () -> work.submit(id, seen(version), user));
	}

	@PostMapping("/supervision/tasks/{id}/sign-off")
	String signOff(@PathVariable long id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(id, TaskAction.SIGN_OFF, redirect, () -> work.signOff(id, seen(version), user));
	}

	@PostMapping("/supervision/tasks/{id}/return")
	String returnTask(@PathVariable long id, @RequestParam String reason,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, TaskAction.RETURN, redirect, () -> work.returnTask(id, reason, seen(version), user));
	}

	@PostMapping("/supervision/tasks/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Integer version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, TaskAction.REOPEN, redirect, () -> work.reopen(id, reason, seen(version), user));
	}

	/** The version the page showed, which every action names (a form without it is refused, nothing changed). */
	private static int seen(Integer version) {
		return SeenVersion.required(null, version, "任务");
	}

	/** The notice after it says what was done (已签收…, 进展已报送…), not a bare 已办理. */
	private static String act(long id, TaskAction done, RedirectAttributes redirect, Runnable action) {
		return RedirectOutcome.run(redirect, "/supervision/tasks/" + id, "supervision.done." + done.name(), action);
	}
}

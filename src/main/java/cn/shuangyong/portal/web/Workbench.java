package cn.shuangyong.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.shuangyong.accounts.AccountAdministration;
import cn.shuangyong.accounts.AccountView;
import cn.shuangyong.accounts.SignedInUser;
import cn.shuangyong.audit.AuditLog;
import cn.shuangyong.beneficiaries.HonoursCoverage;
import cn.shuangyong.documents.DocumentRegistry;
import cn.shuangyong.notifications.Inbox;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.Extensions;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.stereotype.Component;

/**
 * What waits for each user, read through the modules' own scoped queries: an office's documents to sign for,
 * reports to sign off, extensions to decide and its overdue and soon-due tasks; a unit's open tasks, urgent first;
 * a station's households still to visit and without a plaque; the administrators' locked accounts and refusals.
 */
@Component
class Workbench {

	/** "Deadlines in the next two weeks" (issue 15). */
	static final int DUE_SOON_DAYS = 14;

	private final Tasks tasks;

	private final Extensions extensions;

	private final DocumentRegistry documents;

	private final Inbox inbox;

	private final HonoursCoverage coverage;

	private final AccountAdministration accounts;

	private final AuditLog audit;

	private final BusinessClock businessClock;

	private final Clock clock;

	Workbench(Tasks tasks, Extensions extensions, DocumentRegistry documents, Inbox inbox, HonoursCoverage coverage,
			AccountAdministration accounts, AuditLog audit, BusinessClock businessClock, Clock clock) {
		this.tasks = tasks;
		this.extensions = extensions;
		this.documents = documents;
		this.inbox = inbox;
		this.coverage = coverage;
		this.accounts = accounts;
		this.audit = audit;
		this.businessClock = businessClock;
		this.clock = clock;
	}

	/** The counts that wait for this user, each a link to where the work is done; {@code own} from {@link #openTasks}. */
	List<WorkItem> waiting(CurrentUser user, List<TaskView> own) {
		List<WorkItem> items = new ArrayList<>();
		if (user.can(Permission.WORK_EDIT)) {
			long unsigned = documents.receivedBy(user.unitId()).stream().filter(r -> !r.signed()).count();
			items.add(WorkItem.urgent("workbench.documentsToSign", unsigned, "/documents/received"));
			items.add(WorkItem.urgent("workbench.tasksToSignFor",
					own.stream().filter(t -> t.state() == TaskState.ASSIGNED).count(), "/supervision/my"));
			items.add(WorkItem.urgent("workbench.ownOverdue",
					own.stream().filter(t -> t.colour() == TaskColour.RED).count(), "/supervision/my?colour=RED"));
			items.add(WorkItem.of("workbench.unread", inbox.unread(user), "/notifications/inbox"));
		}
		if (user.can(Permission.PLANS_PUBLISH)) {
			List<TaskView> issued = issuedOpen(user);
			items.add(WorkItem.urgent("workbench.toSignOff",
					issued.stream().filter(t -> t.state() == TaskState.SUBMITTED).count(), "/supervision/board"));
			items.add(WorkItem.urgent("workbench.extensions", extensions.waitingFor(user).size(),
					"/supervision/extensions"));
			items.add(WorkItem.urgent("workbench.issuedOverdue",
					issued.stream().filter(t -> t.colour() == TaskColour.RED).count(), "/supervision/board?colour=RED"));
		}
		if (user.can(Permission.PERSONAL_DATA_EDIT) && !user.can(Permission.PLANS_PUBLISH)) {
			items.addAll(stationWork(user));
		}
		if (user instanceof SignedInUser signedIn
				&& (user.can(Permission.ACCOUNTS_MANAGE) || user.can(Permission.ROLES_ASSIGN))) {
			List<AccountView> inScope = accounts.list(signedIn, null);
			items.add(WorkItem.urgent("workbench.lockedAccounts", inScope.stream().filter(AccountView::locked).count(),
					"/accounts"));
			if (user.can(Permission.ACCOUNTS_MANAGE)) {
				items.add(WorkItem.of("workbench.disabledAccounts",
						inScope.stream().filter(a -> !a.enabled()).count(), "/accounts"));
			}
		}
		if (user.can(Permission.AUDIT_READ)) {
			items.add(WorkItem.urgent("workbench.deniedThisWeek",
					audit.deniedSince(clock.instant().minus(Duration.ofDays(7)), user), "/audit?type=ACCESS_DENIED"));
		}
		return items;
	}

	/** The user's unit's tasks not yet signed off, the most urgent first ({@link Tasks#search}). */
	List<TaskView> openTasks(CurrentUser user) {
		if (!user.can(Permission.WORK_EDIT)) {
			return List.of();
		}
		return tasks.search(new Tasks.TaskFilter(null, user.unitId(), null), user).stream()
			.filter(t -> t.state() != TaskState.SIGNED_OFF).toList();
	}

	/** An office's issued tasks due within the next two weeks and not signed off, nearest first. */
	List<TaskView> dueSoon(CurrentUser user) {
		if (!user.can(Permission.PLANS_PUBLISH)) {
			return List.of();
		}
		LocalDate today = businessClock.today();
		LocalDate until = today.plusDays(DUE_SOON_DAYS);
		return issuedOpen(user).stream().filter(t -> !t.deadline().isBefore(today) && !t.deadline().isAfter(until))
			.sorted(Comparator.comparing(TaskView::deadline)).toList();
	}

	private List<TaskView> issuedOpen(CurrentUser user) {
		return tasks.search(new Tasks.TaskFilter(null, null, null), user).stream()
			.filter(t -> t.issuerUnitId() == user.unitId() && t.state() != TaskState.SIGNED_OFF).toList();
	}

	/** A station's households still to visit, campaign by campaign, and those entitled to a plaque without one. */
	private List<WorkItem> stationWork(CurrentUser user) {
		List<WorkItem> items = new ArrayList<>();
		for (HonoursCoverage.VisitCoverage campaign : coverage.visits(user.regionCode())) {
			long outstanding = campaign.targets() - campaign.visited();
			if (outstanding > 0) {
				items.add(new WorkItem("workbench.toVisit", outstanding, campaign.title(),
						"/beneficiaries/campaigns/" + campaign.campaignId() + "/outstanding", false));
			}
		}
		items.add(WorkItem.of("workbench.withoutPlaque", coverage.plaques(user.regionCode()).withoutPlaque(),
				"/beneficiaries/plaques"));
		return items;
	}
}

package cn.shuangyong.consultations;

import java.time.OffsetDateTime;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office calls a meeting of the five mechanisms, records its minutes once it is held, and records each decision,
 * which supervision then follows as a task issued by the convening office.
 */
@Service
public class Consultations {

	private final MeetingStore store;

	private final ConsultationQueries queries;

	private final Directory directory;

	private final TaskIssuing tasks;

	private final AuditTrail audit;

	private final BusinessClock businessClock;

	private final DecisionSource source;

	Consultations(DecisionSource source, MeetingStore store, ConsultationQueries queries, Directory directory,
			TaskIssuing tasks, AuditTrail audit, BusinessClock businessClock) {
		this.source = source;
		this.store = store;
		this.queries = queries;
		this.directory = directory;
		this.tasks = tasks;
		this.audit = audit;
		this.businessClock = businessClock;
	}

	@Transactional
	public long call(NewMeeting meeting, CurrentUser by) {
		if (!by.can(Permission.PLANS_PUBLISH)) {
			throw new AccessDeniedException("只有双拥办可以组织协商会商");
		}
		known(meeting.participantUnitIds(), "参会单位");
		long id = store.insert(meeting, by.unitId(), by.regionCode(), by.getUsername(),
				OffsetDateTime.now(businessClock.clock()));
		record(by, "MEETING_CALLED", id, meeting.kind().name());
		return id;
	}

	@Transactional
	public void recordMinutes(long id, int version, String minutes, CurrentUser by) {
		MeetingStore.MeetingRow meeting = convened(id, by);
		if (!FreeText.fits(minutes, 20000)) {
			throw new InvalidInputException(List.of("会议纪要不能为空，不超过20000字，且不含非法字符"));
		}
		if (meeting.heldOn().isAfter(businessClock.today())) {
			throw new ConflictException("会议尚未召开（" + meeting.heldOn() + "），不能记录纪要");
		}
		store.recordMinutes(id, version, FreeText.clean(minutes));
		record(by, "MEETING_MINUTES", id, null);
	}

	/** A decision of a held meeting becomes a task issued by the convening office. */
	@Transactional
	public long decide(long id, NewDecision decision, CurrentUser by) {
		MeetingStore.MeetingRow meeting = convened(id, by);
		if (!meeting.held()) {
			throw new ConflictException("请先记录会议纪要，再登记议定事项");
		}
		known(decision.leadUnitIds(), "牵头单位");
		known(decision.cooperatingUnitIds(), "配合单位");
		if (decision.deadline().isBefore(businessClock.today())) {
			throw new InvalidInputException(List.of("完成时限不能早于今天（" + businessClock.today() + "）"));
		}
		long decisionId = store.insertDecision(id, decision);
		String title = "会议议定：" + abbreviated(decision.text()) + "（" + meeting.title() + "）";
		long taskId = tasks.open(new OpenTask(source, decisionId, abbreviated(title, 300),
				decision.leadUnitIds(), decision.cooperatingUnitIds(), decision.deadline(), meeting.convenerUnitId()));
		store.linkTask(decisionId, taskId);
		record(by, "MEETING_DECISION", id, "任务 " + taskId);
		return decisionId;
	}

	private MeetingStore.MeetingRow convened(long id, CurrentUser by) {
		MeetingStore.MeetingRow meeting = queries.visible(id, by);
		if (!by.can(Permission.PLANS_PUBLISH) || by.unitId() != meeting.convenerUnitId()) {
			throw new AccessDeniedException("只有召集会议的双拥办可以记录纪要和议定事项");
		}
		return meeting;
	}

	private void known(List<Long> ids, String role) {
		if (ids.isEmpty()) {
			return;
		}
		if (directory.units(ids.stream().map(UnitId::new).toList()).size() != ids.size()) {
			throw new InvalidInputException(List.of(role + "中有不存在的单位"));
		}
	}

	private static String abbreviated(String text) {
		return abbreviated(text, 60);
	}

	private static String abbreviated(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private void record(CurrentUser by, String type, long id, String detail) {
		audit.record(by, type, AuditTarget.of("MEETING", id), detail);
	}
}

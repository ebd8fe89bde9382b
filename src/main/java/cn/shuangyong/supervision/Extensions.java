package cn.shuangyong.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.directory.Directory;
import cn.shuangyong.directory.UnitId;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.tasklife.ExtensionRequest;
import cn.shuangyong.supervision.tasklife.Task;
import cn.shuangyong.supervision.tasklife.TaskStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期: a lead unit asks the issuing office for a later deadline, giving the date and the reason; the office
 * approves (the deadline moves and the reason is kept with it) or refuses, saying why. One request waits at a time;
 * a signed-off task takes none. Every step is on the task's timeline and in the audit log.
 */
@Service
@Transactional
public class Extensions {

	private static final int MAX_REASON = 500;

	private final Tasks tasks;

	private final JdbcClient jdbc;

	private final TaskStore store;

	private final Directory directory;

	private final BusinessClock businessClock;

	Extensions(Tasks tasks, JdbcClient jdbc, TaskStore store, Directory directory,
			BusinessClock businessClock) {
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.store = store;
		this.directory = directory;
		this.businessClock = businessClock;
	}

	public ExtensionRequest request(long taskId, LocalDate until, String reason, CurrentUser by) {
		TaskView task = tasks.find(taskId, by);
		if (!by.can(Permission.WORK_EDIT) || !task.ledBy(by.unitId())) {
			throw new AccessDeniedException("只有牵头单位可以申请延期");
		}
		if (task.state() == TaskState.SIGNED_OFF) {
			throw new ConflictException("任务已办结，不能申请延期");
		}
		String why = reason(reason, "申请延期须写明理由");
		if (until == null) {
			throw new InvalidInputException("请填写申请延至的日期");
		}
		if (!until.isAfter(task.deadline())) {
			throw new InvalidInputException("申请延至的日期须晚于现在的截止日期 " + task.deadline());
		}
		if (until.isAfter(businessClock.today().plusYears(2))) {
			throw new InvalidInputException("申请延至的日期不能晚于两年以后");
		}
		// one pending request a task: of two made at once, the partial unique key lets one in
		long id = jdbc.sql("""
				insert into supervision.extension_request
				  (task_id, unit_id, requested_by, current_deadline, requested_deadline, reason, created_at)
				values (:t, :u, :by, :cur, :until, :why, :at)
				on conflict (task_id) where state = 'PENDING' do nothing returning id""")
			.param("t", taskId).param("u", by.unitId()).param("by", by.getUsername()).param("cur", task.deadline())
			.param("until", until).param("why", why).param("at", Timestamp.from(businessClock.now())).query(Long.class)
			.optional().orElseThrow(() -> new ConflictException("该任务已有一份待审批的延期申请，请等待双拥办答复"));
		store.note(taskId, "EXTENSION_REQUESTED", "申请将截止日期由 " + task.deadline() + " 延至 " + until + "：" + why,
				TaskStore.Actor.of(by));
		return byId(id);
	}

	/** The office approves: the deadline becomes the requested date, and the unit's reason is kept with it. */
	public ExtensionRequest approve(long requestId, String note, CurrentUser by) {
		ExtensionRequest request = decidable(requestId, by);
		TaskView task = tasks.find(request.taskId(), by);
		String kept = note == null || note.isBlank() ? null : note.strip();
		decide(request, ExtensionRequest.State.APPROVED, kept, by);
		// the request is what the office saw, so the move is made on the task as it stands
		Task.DeadlineMove move = Task.of(task).moveDeadline(request.requestedDeadline(), request.reason(), task.version());
		store.write(move, "延期：" + abbreviate(request.reason()), "EXTENSION_APPROVED", "截止日期由 " + move.from()
				+ " 延至 " + move.to() + (kept == null ? "" : "：" + kept), TaskStore.Actor.of(by), store.now());
		return byId(requestId);
	}

	public ExtensionRequest refuse(long requestId, String reason, CurrentUser by) {
		ExtensionRequest request = decidable(requestId, by);
		String why = reason(reason, "不同意延期须写明理由");
		decide(request, ExtensionRequest.State.REFUSED, why, by);
		store.note(request.taskId(), "EXTENSION_REFUSED", "不同意延至 " + request.requestedDeadline() + "：" + why,
				TaskStore.Actor.of(by));
		return byId(requestId);
	}

	@Transactional(readOnly = true)
	public List<ExtensionRequest> ofTask(long taskId) {
		return load("e.task_id = :t", Map.of("t", taskId));
	}

	/** The requests waiting for this user's office: those on the tasks it issued. */
	@Transactional(readOnly = true)
	public List<ExtensionRequest> waitingFor(CurrentUser user) {
		user.require(Permission.WORK_READ);
		return load("e.state = 'PENDING' and t.issuer_unit_id = :u", Map.of("u", user.unitId()));
	}

	private ExtensionRequest decidable(long requestId, CurrentUser by) {
		ExtensionRequest request = load("e.id = :id", Map.of("id", requestId)).stream().findFirst()
			.orElseThrow(() -> new cn.shuangyong.shared.NotFoundException("延期申请不存在"));
		TaskView task = tasks.find(request.taskId(), by);
		if (!by.can(Permission.WORK_EDIT) || task.issuerUnitId() != by.unitId()) {
			throw new AccessDeniedException("只有下发任务的双拥办可以审批延期申请");
		}
		if (!request.pending()) {
			throw new ConflictException("该延期申请已经审批过了");
		}
		return request;
	}

	private void decide(ExtensionRequest request, ExtensionRequest.State state, String reason, CurrentUser by) {
		int updated = jdbc.sql("""
				update supervision.extension_request set state = :s, decided_by = :by, decision_reason = :r, decided_at = :at
				where id = :id and state = 'PENDING'""")
			.param("s", state.name()).param("by", by.getUsername()).param("r", reason)
			.param("at", Timestamp.from(businessClock.now())).param("id", request.id()).update();
		if (updated == 0) {
			throw new ConflictException("该延期申请已经审批过了");
		}
	}

	private static String reason(String text, String missing) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(missing);
		}
		if (text.strip().length() > MAX_REASON) {
			throw new InvalidInputException("理由不能超过 " + MAX_REASON + " 字");
		}
		return text.strip();
	}

	private static String abbreviate(String text) {
		return text.length() > 290 ? text.substring(0, 289) + "…" : text;
	}

	private ExtensionRequest byId(long id) {
		return load("e.id = :id", Map.of("id", id)).get(0);
	}

	private List<ExtensionRequest> load(String where, Map<String, ?> params) {
		List<ExtensionRequest> rows = jdbc.sql("""
				select e.id, e.task_id, t.title, t.item_no, e.unit_id, e.requested_by, e.current_deadline,
				  e.requested_deadline, e.reason, e.state, e.decided_by, e.decision_reason, e.decided_at, e.created_at
				from supervision.extension_request e join supervision.task t on t.id = e.task_id
				where\s""" + where + " order by e.created_at desc, e.id desc")
			.params(params)
			.query((rs, i) -> new ExtensionRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), "", rs.getString(6), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), rs.getString(9), ExtensionRequest.State.valueOf(rs.getString(10)),
					rs.getString(11), rs.getString(12),
					rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant()))
			.list();
		Map<Long, String> names = new HashMap<>();
		directory.units(rows.stream().map(r -> new UnitId(r.unitId())).distinct().toList())
			.forEach(u -> names.put(u.id().value(), u.name()));
		return rows.stream().map(r -> new ExtensionRequest(r.id(), r.taskId(), r.taskTitle(), r.itemNo(), r.unitId(),
				names.getOrDefault(r.unitId(), ""), r.requestedBy(), r.currentDeadline(), r.requestedDeadline(),
				r.reason(), r.state(), r.decidedBy(), r.decisionReason(), r.decidedAt(), r.createdAt())).toList();
	}
}

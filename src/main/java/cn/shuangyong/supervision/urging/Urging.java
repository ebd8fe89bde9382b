package cn.shuangyong.supervision.urging;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.TaskColour;
import cn.shuangyong.supervision.TaskState;
import cn.shuangyong.supervision.TaskView;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 催办 issued by hand: the issuing office urges an overdue task without waiting for the daily run. It counts as the
 * task's 催办 step, so the daily run does not issue a second one and goes on to 督办 from here.
 */
@Service
@Transactional
public class Urging {

	private final Tasks tasks;

	private final NoticeIssuing issuing;

	private final Escalation escalation;

	private final Notices notices;

	private final BusinessClock clock;

	private final JdbcClient jdbc;

	Urging(Tasks tasks, NoticeIssuing issuing, Escalation escalation, Notices notices, BusinessClock clock,
			JdbcClient jdbc) {
		this.tasks = tasks;
		this.issuing = issuing;
		this.escalation = escalation;
		this.notices = notices;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public NoticeView urge(long taskId, CurrentUser by) {
		TaskView task = tasks.find(taskId, by);
		if (!mayUrge(task, by)) {
			throw new AccessDeniedException("只有发文的双拥办可以催办");
		}
		if (task.colour() != TaskColour.RED) {
			throw new ConflictException("该任务未逾期或已办结，不能催办");
		}
		if (task.state() == TaskState.SUBMITTED) {
			throw new ConflictException("该任务已申请销号，请审核后办结或退回，不必催办");
		}
		var today = clock.today();
		boolean urgedToday = jdbc.sql("""
				select count(*) from supervision.notice where task_id = :t and kind = 'CUI_BAN' and issued_on = :d""")
			.param("t", taskId).param("d", today).query(Integer.class).single() > 0;
		if (urgedToday) {
			throw new ConflictException("今天已对该任务发出催办，请勿重复催办");
		}
		long id = issuing.issue(task, NoticeKind.CUI_BAN, today, by.getUsername(), true);
		if (escalation.claim(taskId, EscalationStep.CUI_BAN, today)) {
			jdbc.sql("update supervision.escalation_step set notice_id = :n where task_id = :t and step = 'CUI_BAN'")
				.param("n", id).param("t", taskId).update();
		}
		return notices.find(id, by);
	}

	public static boolean mayUrge(TaskView task, CurrentUser user) {
		return user.can(Permission.WORK_EDIT) && task.issuerUnitId() == user.unitId();
	}
}

package cn.shuangyong.supervision.urging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading notices. A notice is seen by whoever sees its task: its units, the offices of its region, and the issuing
 * office; any other answers 404.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

	private static final String COLUMNS = """
			select n.id, n.task_id, t.item_no, n.kind, n.doc_number, n.issuer_unit_id, n.issuer_name, n.title,
			  n.addressees, n.copied, n.body, n.deadline, n.days_overdue, n.reply_by, n.issued_on, n.issued_by, n.by_hand,
			  n.created_at
			from supervision.notice n join supervision.task t on t.id = n.task_id""";

	private final JdbcClient jdbc;

	private final Tasks tasks;

	private final AuditTrail audit;

	Notices(JdbcClient jdbc, Tasks tasks, AuditTrail audit) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.audit = audit;
	}

	/** The notice as a .docx, for a user who may see it: a document about one task. */
	@Transactional
	public byte[] docx(long noticeId, CurrentUser user) {
		NoticeView notice = find(noticeId, user);
		byte[] docx = NoticeDocument.write(notice);
		audit.exported(user, "NOTICE_DOWNLOADED", AuditTarget.of("NOTICE", noticeId), 1,
				"下载" + notice.kind().label() + " " + notice.docNumber());
		return docx;
	}

	public List<NoticeView> ofTask(long taskId, CurrentUser user) {
		permit(user);
		tasks.find(taskId, user);
		return jdbc.sql(COLUMNS + " where n.task_id = :t order by n.id").param("t", taskId).query(Notices::map).list();
	}

	public NoticeView find(long noticeId, CurrentUser user) {
		permit(user);
		NoticeView notice = jdbc.sql(COLUMNS + " where n.id = :id").param("id", noticeId).query(Notices::map).optional()
			.orElseThrow(() -> new NotFoundException("文书不存在"));
		tasks.find(notice.taskId(), user);
		return notice;
	}

	/** The notices a user may see, newest first; a null kind lists all kinds. */
	public ListPage<NoticeView> visibleTo(CurrentUser user, NoticeKind kind, Paging paging) {
		permit(user);
		Map<String, Object> params = user.scope().bind(new HashMap<>());
		params.put("unit", user.unitId());
		String where = """
				\swhere (n.region_code like :scope or n.issuer_region like :scope
				   or exists (select 1 from supervision.notice_unit u where u.notice_id = n.id and u.unit_id = :unit))""";
		if (kind != null) {
			where += " and n.kind = :kind";
			params.put("kind", kind.name());
		}
		long total = jdbc.sql("select count(*) from supervision.notice n" + where).params(params).query(Long.class)
			.single();
		return paging.of(jdbc.sql(COLUMNS + where + " order by n.id desc" + Paging.SQL).params(paging.bind(params))
			.query(Notices::map).list(), total);
	}

	/** The administrator roles run the platform and do not read its business work (三员分立). */
	private static void permit(CurrentUser user) {
		if (!user.can(Permission.WORK_READ)) {
			throw new AccessDeniedException("您的角色不能查看督办文书");
		}
	}

	private static NoticeView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new NoticeView(rs.getLong(1), rs.getLong(2), rs.getString(3), NoticeKind.valueOf(rs.getString(4)),
				rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getObject(12, java.time.LocalDate.class), rs.getInt(13),
				rs.getObject(14, java.time.LocalDate.class), rs.getObject(15, java.time.LocalDate.class),
				rs.getString(16), rs.getBoolean(17), rs.getTimestamp(18).toInstant());
	}
}

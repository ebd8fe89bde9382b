package cn.shuangyong.supervision.materials;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.supervision.OpenTask;
import cn.shuangyong.supervision.TaskIssuing;
import cn.shuangyong.supervision.Tasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 材料报送: an office asks units for a 半年总结, 年终总结 or statistics form by a date. Each asked unit gets a task of
 * its own, opened through {@link TaskIssuing} like any other source's, and hands in its file as a report attachment
 * and submits for sign-off; the office sees who has and has not, and signs off.
 */
@Service
@Transactional
public class MaterialsRequests {

	private final JdbcClient jdbc;

	private final TaskIssuing issuing;

	private final Tasks tasks;

	private final MaterialsRecipients recipients;

	private final AuditTrail audit;

	private final BusinessClock businessClock;

	private final MaterialsSource source;

	MaterialsRequests(JdbcClient jdbc, TaskIssuing issuing, Tasks tasks, MaterialsRecipients recipients,
			AuditTrail audit, BusinessClock businessClock, MaterialsSource source) {
		this.source = source;
		this.jdbc = jdbc;
		this.issuing = issuing;
		this.tasks = tasks;
		this.recipients = recipients;
		this.audit = audit;
		this.businessClock = businessClock;
	}

	public static boolean mayAsk(CurrentUser user) {
		return user.can(Permission.PLANS_PUBLISH) && user.can(Permission.WORK_EDIT);
	}

	/** Records the request and opens one task per asked unit; returns the request's id. */
	public long ask(AskForMaterials command, CurrentUser by) {
		if (!mayAsk(by)) {
			throw new AccessDeniedException("只有双拥办可以发起材料报送");
		}
		check(command, recipients.of(by));
		long id = jdbc.sql("""
				insert into supervision.materials_request (kind, title, note, due_on, issuer_unit_id, issuer_region,
				  created_by, created_at)
				values (:k, :t, :n, :d, :u, :r, :by, :at) returning id""")
			.param("k", command.kind().name()).param("t", command.title()).param("n", command.note())
			.param("d", command.dueOn()).param("u", by.unitId()).param("r", by.regionCode())
			.param("by", by.getUsername()).param("at", Timestamp.from(businessClock.now())).query(Long.class).single();
		String taskTitle = command.kind().label() + "：" + command.title();
		for (long unit : command.unitIds()) {
			issuing.open(new OpenTask(source, id, taskTitle, List.of(unit), List.of(), command.dueOn(),
					by.unitId()));
		}
		audit.record(by, "MATERIALS_REQUEST", AuditTarget.of("MATERIALS_REQUEST", id),
				command.unitIds().size() + " 个单位：" + taskTitle);
		return id;
	}

	/** The requests this user's office made, newest first. */
	@Transactional(readOnly = true)
	public List<MaterialsRequest> issuedBy(CurrentUser user) {
		user.require(Permission.WORK_READ);
		return jdbc.sql(SELECT + " where issuer_unit_id = :u order by created_at desc, id desc")
			.param("u", user.unitId()).query(this::row).list();
	}

	/** A request, to the office that made it or an office above it; any other user answers 404. */
	@Transactional(readOnly = true)
	public MaterialsRequest find(long id, CurrentUser user) {
		MaterialsRequest request = user.scope()
			.bind(jdbc.sql(SELECT + " where id = :id and (issuer_unit_id = :u or issuer_region like :scope)"))
			.param("id", id).param("u", user.unitId()).query(this::row)
			.optional().orElseThrow(() -> new NotFoundException("材料报送不存在"));
		user.require(Permission.WORK_READ);
		return request;
	}

	private static final String SELECT = """
			select id, kind, title, note, due_on, issuer_unit_id, created_by, created_at from supervision.materials_request""";

	private MaterialsRequest row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		long id = rs.getLong(1);
		return new MaterialsRequest(id, MaterialsKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
				tasks.ofSource(source, id));
	}

	private void check(AskForMaterials command, MaterialsRecipients.Choice choice) {
		List<String> problems = new ArrayList<>();
		if (command.kind() == null) {
			problems.add("请选择报送材料的类别（半年总结、年终总结或统计报表）");
		}
		if (command.title().isEmpty() || command.title().length() > 200) {
			problems.add("请填写标题（不超过 200 字）");
		}
		if (command.note() != null && command.note().length() > 1000) {
			problems.add("说明不能超过 1000 字");
		}
		if (command.dueOn() == null) {
			problems.add("请填写报送截止日期");
		}
		else if (command.dueOn().isBefore(businessClock.today())) {
			problems.add("报送截止日期不能早于今天（" + businessClock.today() + "）");
		}
		if (command.unitIds().isEmpty()) {
			problems.add("请至少选择一个报送单位");
		}
		else if (!command.unitIds().stream().allMatch(choice::contains)) {
			problems.add("所选单位中有不属于本办可要求报送的单位，请重新选择");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}

package cn.shuangyong.beneficiaries.plaques;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.shuangyong.audit.AuditTarget;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.honours.HonourRollups;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.honours.HouseholdRef;
import cn.shuangyong.beneficiaries.honours.Households;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 依申请悬挂 (国办发〔2018〕72号 Art. 2): the parents (抚养人), spouse or children of a 烈士, 因公牺牲军人 or 病故军人 who
 * hold no certificate apply; the county office reviews and approves or refuses with a reason. Approval makes the
 * household eligible, so it joins the list of households to hang a plaque for.
 */
@Service
@Transactional
public class PlaqueApplications {

	/** The relations the rule names. */
	public static final List<String> RELATIONS = List.of("父母", "抚养人", "配偶", "子女");

	private static final Set<String> KINDS = Set.of("MARTYR", "DUTY_DEATH", "ILLNESS_DEATH");

	private final JdbcClient jdbc;

	private final Households households;

	private final HonourRollups rollups;

	private final AuditTrail audit;

	private final BusinessClock clock;

	PlaqueApplications(JdbcClient jdbc, Households households, HonourRollups rollups, AuditTrail audit,
			BusinessClock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.rollups = rollups;
		this.audit = audit;
		this.clock = clock;
	}

	public long submit(SubmitApplication command, CurrentUser by) {
		if (command.householdId() == null) {
			throw new InvalidInputException("请选择申请人所在的户（可按户主姓名查找）");
		}
		HouseholdRef household = households.editable(command.householdId(), by);
		List<String> problems = new ArrayList<>();
		String applicant = PlaqueWork.text(command.applicantName(), "申请人姓名", 50, problems);
		if (!RELATIONS.contains(command.relation())) {
			problems.add("与逝者关系须为" + String.join("、", RELATIONS) + "之一（国办发〔2018〕72号第二条）");
		}
		String deceased = PlaqueWork.text(command.deceasedName(), "逝者姓名", 50, problems);
		if (!KINDS.contains(command.deathKind())) {
			problems.add("请选择逝者类别：烈士、因公牺牲军人或病故军人");
		}
		String evidence = PlaqueWork.text(command.evidence(), "证明材料", 500, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = jdbc.sql("""
				insert into beneficiaries.plaque_application (household_id, region_code, applicant_name, relation,
				  deceased_name, death_kind, evidence, state, submitted_by, submitted_on)
				values (:h, :region, :applicant, :relation, :deceased, :kind, :evidence, 'SUBMITTED', :by, :on)
				returning id""")
			.param("h", household.id()).param("region", household.regionCode()).param("applicant", applicant)
			.param("relation", command.relation()).param("deceased", deceased).param("kind", command.deathKind())
			.param("evidence", evidence).param("by", by.getUsername()).param("on", clock.today())
			.query(Long.class).single();
		record(id, "PLAQUE_APPLICATION_SUBMITTED", "提交悬挂申请（户 " + household.id() + "）", by);
		return id;
	}

	public void approve(long id, String reason, CurrentUser by) {
		decide(id, true, reason, by);
	}

	public void refuse(long id, String reason, CurrentUser by) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("不予认定时须写明理由");
		}
		decide(id, false, reason, by);
	}

	@Transactional(readOnly = true)
	public ListPage<ApplicationView> inScope(CurrentUser user, Paging paging) {
		HonoursAccess.requireRead(user, user.regionCode(), "该范围");
		long total = jdbc.sql("select count(*) from beneficiaries.plaque_application where region_code like :scope")
			.param("scope", HonoursAccess.scope(user)).query(Long.class).single();
		return paging.of(paging.bind(jdbc.sql("""
				select id, household_id, region_code, applicant_name, relation, deceased_name, death_kind, evidence,
				  state, submitted_by, submitted_on, reviewed_by, reviewed_on, review_reason
				from beneficiaries.plaque_application where region_code like :scope
				order by case state when 'SUBMITTED' then 0 else 1 end, id desc""" + Paging.SQL))
			.param("scope", HonoursAccess.scope(user))
			.query((rs, i) -> new ApplicationView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
					rs.getObject(13, LocalDate.class), rs.getString(14)))
			.list(), total);
	}

	private void decide(long id, boolean approve, String reason, CurrentUser by) {
		record Row(long household, String region, String state) {
		}
		Row row = jdbc.sql("select household_id, region_code, state from beneficiaries.plaque_application where id = :id for update")
			.param("id", id).query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
			.orElseThrow(() -> new NotFoundException("申请不存在或不在您的数据范围内"));
		HonoursAccess.requireCountyOffice(by, row.region(), "审核申请");
		if (!"SUBMITTED".equals(row.state())) {
			throw new ConflictException("该申请已审核，不能再次审核");
		}
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (text != null && text.length() > 500) {
			throw new InvalidInputException("审核意见不能超过 500 字");
		}
		jdbc.sql("""
				update beneficiaries.plaque_application set state = :state, reviewed_by = :by, reviewed_on = :on,
				  review_reason = :reason, version = version + 1 where id = :id""")
			.param("state", approve ? "APPROVED" : "REFUSED").param("by", by.getUsername())
			.param("on", clock.today()).param("reason", text).param("id", id).update();
		rollups.householdChanged(row.household());
		record(id, approve ? "PLAQUE_APPLICATION_APPROVED" : "PLAQUE_APPLICATION_REFUSED",
				(approve ? "认定符合悬挂条件" : "不予认定：" + text), by);
	}

	private void record(long id, String type, String detail, CurrentUser by) {
		audit.record(by, type, AuditTarget.of("PLAQUE_APPLICATION", id), detail);
	}

	/** An application as the form sends it. */
	public record SubmitApplication(Long householdId, String applicantName, String relation, String deceasedName,
			String deathKind, String evidence) {
	}

	public record ApplicationView(long id, long householdId, String regionCode, String applicantName, String relation,
			String deceasedName, String deathKind, String evidence, String state, String submittedBy,
			LocalDate submittedOn, String reviewedBy, LocalDate reviewedOn, String reviewReason) {
	}
}

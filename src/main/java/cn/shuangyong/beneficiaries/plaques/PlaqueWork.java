package cn.shuangyong.beneficiaries.plaques;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.shuangyong.audit.AuditEntry;
import cn.shuangyong.audit.AuditOutcome;
import cn.shuangyong.audit.AuditTrail;
import cn.shuangyong.beneficiaries.honours.HonourPhotos;
import cn.shuangyong.beneficiaries.honours.HonourRollups;
import cn.shuangyong.beneficiaries.honours.HonoursAccess;
import cn.shuangyong.beneficiaries.honours.HouseholdRef;
import cn.shuangyong.beneficiaries.honours.Households;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.HangPlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.ReplacePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RestorePlaque;
import cn.shuangyong.beneficiaries.plaques.PlaqueCommands.RevokePlaque;
import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a household's plaque: hung once (one plaque per household, 国办发〔2018〕72号 Art. 2, held by a unique
 * key), replaced when damaged or after a move, revoked on a listed ground with the facts written out, and restored.
 * Each change updates the coverage roll-up and the audit log in its own transaction.
 */
@Service
@Transactional
public class PlaqueWork {

	private final JdbcClient jdbc;

	private final Households households;

	private final Plaques plaques;

	private final HonourPhotos photos;

	private final HonourRollups rollups;

	private final AuditTrail audit;

	private final BusinessClock clock;

	PlaqueWork(JdbcClient jdbc, Households households, Plaques plaques, HonourPhotos photos, HonourRollups rollups,
			AuditTrail audit, BusinessClock clock) {
		this.jdbc = jdbc;
		this.households = households;
		this.plaques = plaques;
		this.photos = photos;
		this.rollups = rollups;
		this.audit = audit;
		this.clock = clock;
	}

	public long hang(long householdId, HangPlaque command, CurrentUser by) {
		HouseholdRef household = households.editable(householdId, by);
		List<String> problems = new ArrayList<>();
		checkDate(command.hungOn(), "悬挂日期", problems);
		String hungBy = text(command.hungBy(), "悬挂人", 100, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!plaques.eligible(householdId)) {
			throw new InvalidInputException("该户没有符合悬挂条件的优抚类别，也没有获批的申请，不能悬挂光荣牌");
		}
		if (plaques.plaqueOf(householdId).isPresent()) {
			throw new ConflictException("该户已有光荣牌：一户只挂一块（国办发〔2018〕72号），如需更换请用“更换”");
		}
		UUID photo = photos.store(command.photo(), household.regionCode(), by).orElse(null);
		long plaqueId;
		try {
			plaqueId = jdbc.sql("""
					insert into beneficiaries.plaque (household_id, state, hung_on, hung_by, photo_id)
					values (:h, 'HUNG', :on, :by, :photo) returning id""")
				.param("h", householdId).param("on", command.hungOn()).param("by", hungBy).param("photo", photo)
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("该户已有光荣牌：一户只挂一块（国办发〔2018〕72号）");
		}
		event(plaqueId, "HUNG", command.hungOn(), hungBy, null, null, photo, by);
		finish(household, plaqueId, "PLAQUE_HUNG", "悬挂光荣牌", by);
		return plaqueId;
	}

	/** @param version the plaque's version the user saw: if someone changed it since, nothing changes */
	public void replace(long householdId, int version, ReplacePlaque command, CurrentUser by) {
		HouseholdRef household = households.editable(householdId, by);
		List<String> problems = new ArrayList<>();
		ReplacementReason reason = null;
		try {
			reason = command.reason() == null ? null : ReplacementReason.valueOf(command.reason());
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (reason == null) {
			problems.add("请选择更换原因：老化或损坏，或搬迁或户籍变动");
		}
		checkDate(command.replacedOn(), "更换日期", problems);
		String doneBy = text(command.replacedBy(), "更换人", 100, problems);
		String detail = optional(command.detail(), "说明", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Plaques.PlaqueView plaque = locked(householdId, version, PlaqueState.HUNG, "更换");
		UUID photo = photos.store(command.photo(), household.regionCode(), by).orElse(null);
		jdbc.sql("update beneficiaries.plaque set hung_on = :on, hung_by = :by, photo_id = coalesce(:photo, photo_id), "
				+ "version = version + 1 where id = :id and version = :v")
			.param("on", command.replacedOn()).param("by", doneBy).param("photo", photo).param("id", plaque.id())
			.param("v", version).update();
		event(plaque.id(), "REPLACED", command.replacedOn(), doneBy, reason.name(), detail, photo, by);
		finish(household, plaque.id(), "PLAQUE_REPLACED", "更换光荣牌：" + reason.label(), by);
	}

	/** @param version the plaque's version the user saw: if someone changed it since, nothing changes */
	public void revoke(long householdId, int version, RevokePlaque command, CurrentUser by) {
		HouseholdRef household = households.find(householdId);
		HonoursAccess.requireCountyOffice(by, household.regionCode(), "取消悬挂");
		List<String> problems = new ArrayList<>();
		RevocationGround ground = RevocationGround.named(command.ground()).orElse(null);
		if (ground == null) {
			problems.add("取消悬挂须选择依据（国办发〔2018〕72号第九条或《光荣牌悬挂服务管理工作规定(试行)》第二十七条所列情形）");
		}
		String detail = text(command.detail(), "事实和理由", 500, problems);
		checkDate(command.revokedOn(), "取消日期", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Plaques.PlaqueView plaque = locked(householdId, version, PlaqueState.HUNG, "取消悬挂");
		jdbc.sql("update beneficiaries.plaque set state = 'REVOKED', version = version + 1 where id = :id and version = :v")
			.param("id", plaque.id()).param("v", version).update();
		event(plaque.id(), "REVOKED", command.revokedOn(), by.getUsername(), ground.name(), detail, null, by);
		finish(household, plaque.id(), "PLAQUE_REVOKED", "取消悬挂：" + ground.label(), by);
	}

	/** @param version the plaque's version the user saw: if someone changed it since, nothing changes */
	public void restore(long householdId, int version, RestorePlaque command, CurrentUser by) {
		HouseholdRef household = households.find(householdId);
		HonoursAccess.requireCountyOffice(by, household.regionCode(), "恢复悬挂");
		List<String> problems = new ArrayList<>();
		String detail = text(command.detail(), "恢复理由", 500, problems);
		checkDate(command.restoredOn(), "恢复日期", problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Plaques.PlaqueView plaque = locked(householdId, version, PlaqueState.REVOKED, "恢复悬挂");
		jdbc.sql("update beneficiaries.plaque set state = 'HUNG', version = version + 1 where id = :id and version = :v")
			.param("id", plaque.id()).param("v", version).update();
		event(plaque.id(), "RESTORED", command.restoredOn(), by.getUsername(), null, detail, null, by);
		finish(household, plaque.id(), "PLAQUE_RESTORED", "恢复悬挂", by);
	}

	/**
	 * The household's plaque, locked until the transaction ends, when it is still the version the user saw and in the
	 * state the action needs; otherwise nothing changes and the user is told who changed it and how. Checking under the
	 * lock lets only one of two requests at once through.
	 */
	private Plaques.PlaqueView locked(long householdId, int version, PlaqueState needed, String action) {
		Plaques.PlaqueView plaque = plaques.plaqueOf(householdId)
			.orElseThrow(() -> new ConflictException(needed == PlaqueState.HUNG ? "该户尚未悬挂光荣牌，不能" + action
					: "该户没有光荣牌，无需恢复"));
		record Row(PlaqueState state, int version) {
		}
		Row row = jdbc.sql("select state, version from beneficiaries.plaque where id = :id for update")
			.param("id", plaque.id()).query((rs, i) -> new Row(PlaqueState.valueOf(rs.getString(1)), rs.getInt(2)))
			.single();
		if (row.version() != version) {
			throw new ConflictException(changedMeanwhile(plaque.id(), action));
		}
		if (row.state() != needed) {
			throw new ConflictException(needed == PlaqueState.HUNG ? "该户的光荣牌已取消悬挂，不能" + action
					: "该户的光荣牌没有被取消，无需恢复");
		}
		return plaque;
	}

	/** Names the last change, the one the user did not see: who recorded it, what it was and when it happened. */
	private String changedMeanwhile(long plaqueId, String action) {
		record Last(String kind, LocalDate on, String by) {
		}
		Last last = jdbc.sql("""
				select kind, happened_on, recorded_by from beneficiaries.plaque_event where plaque_id = :p
				order by id desc limit 1""")
			.param("p", plaqueId).query((rs, i) -> new Last(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getString(3)))
			.optional().orElse(null);
		if (last == null) {
			return "该户光荣牌已被他人更改，本次" + action + "未执行；请刷新页面，确认后再操作";
		}
		String what = switch (last.kind()) {
			case "REPLACED" -> "更换";
			case "REVOKED" -> "取消悬挂";
			case "RESTORED" -> "恢复悬挂";
			default -> "登记悬挂";
		};
		return "该户光荣牌已由 " + last.by() + " " + what + "（" + last.on() + "），本次" + action + "未执行；请刷新页面，确认后再操作";
	}

	private void event(long plaqueId, String kind, LocalDate on, String doneBy, String reason, String detail,
			UUID photo, CurrentUser by) {
		jdbc.sql("""
				insert into beneficiaries.plaque_event (plaque_id, kind, happened_on, done_by, reason, detail, photo_id,
				  recorded_by, recorded_at) values (:p, :k, :on, :doneBy, :reason, :detail, :photo, :by, :at)""")
			.param("p", plaqueId).param("k", kind).param("on", on).param("doneBy", doneBy).param("reason", reason)
			.param("detail", detail).param("photo", photo).param("by", by.getUsername())
			.param("at", java.sql.Timestamp.from(clock.now())).update();
	}

	private void finish(HouseholdRef household, long plaqueId, String type, String detail, CurrentUser by) {
		rollups.householdChanged(household.id());
		audit.record(new AuditEntry(by.getUsername(), by.unitId(), by.regionCode(), null, type, "PLAQUE",
				Long.toString(plaqueId), AuditOutcome.SUCCESS, detail + "（户 " + household.id() + "）"));
	}

	private void checkDate(LocalDate date, String field, List<String> problems) {
		if (date == null) {
			problems.add("请填写" + field);
		}
		else if (date.isAfter(clock.today())) {
			problems.add(field + "不能晚于今天（" + clock.today() + "）");
		}
	}

	static String text(String value, String field, int max, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			problems.add("请填写" + field);
		}
		else if (text.codePointCount(0, text.length()) > max) {
			problems.add(field + "不能超过 " + max + " 字");
		}
		else if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
			problems.add(field + "含有非法字符");
		}
		return text;
	}

	private static String optional(String value, String field, List<String> problems) {
		return value == null || value.isBlank() ? null : text(value, field, 500, problems);
	}
}
